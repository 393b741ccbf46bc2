// The backup archive's format (docs/decisions/018-backup-format.md): one gzip'd stream of
// JSON lines. Control lines are JSON arrays ["header", …], ["table", …], ["end", …],
// ["manifest", …]; every other line is one row, an object of column → PostgreSQL's own
// text form of the value (as COPY writes it), or null. Readable with zcat and jq alone.
import "@/lib/validation/dutch-zod-messages";
import { z } from "zod";

export const BACKUP_FORMAT = "opvolging-backup";
export const BACKUP_FORMAT_VERSION = 1;

/**
 * Tables of the public schema that do not travel, with the reason (shown in the manifest).
 * The migration history is not data: the target is migrated first, and the manifest lists
 * the migrations so that restore can compare them.
 */
export const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  _prisma_migrations: "migratiegeschiedenis: de doeldatabase wordt eerst gemigreerd; de lijst staat in het manifest",
  SignInThrottle: "tijdelijke tellers van inlogpogingen (verlopen binnen minuten)",
  ApiRateWindow: "tijdelijke tellers van API-verzoeken per token (verlopen binnen minuten)",
};

export const MigrationSchema = z.object({ name: z.string(), checksum: z.string() });
export type Migration = z.infer<typeof MigrationSchema>;

export const ColumnSchema = z.object({ name: z.string(), type: z.string(), notNull: z.boolean() });
export type Column = z.infer<typeof ColumnSchema>;

export const TableLayoutSchema = z.object({
  name: z.string(),
  columns: z.array(ColumnSchema),
  primaryKey: z.array(z.string()).min(1),
  /** Nullable foreign-key columns loaded afterwards, to break a cycle (LetterDraft.snapshotId ↔ LetterSnapshot). */
  deferredColumns: z.array(z.string()),
});
export type TableLayout = z.infer<typeof TableLayoutSchema>;

export const HeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  appVersion: z.string(),
  createdAt: z.string(),
  latestMigration: z.string().nullable(),
  migrations: z.array(MigrationSchema),
  /** In load order: parents before children. */
  tables: z.array(TableLayoutSchema),
  excluded: z.array(z.object({ table: z.string(), reason: z.string() })),
});
export type BackupHeader = z.infer<typeof HeaderSchema>;

export const TableSummarySchema = z.object({
  table: z.string(),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type TableSummary = z.infer<typeof TableSummarySchema>;

export const ManifestSchema = HeaderSchema.extend({ tableSummaries: z.array(TableSummarySchema) });
export type BackupManifest = z.infer<typeof ManifestSchema>;

export type ControlLine =
  ["header", BackupHeader] | ["table", { table: string }] | ["end", TableSummary] | ["manifest", BackupManifest];

export const controlLine = (line: ControlLine): string => JSON.stringify(line);

/** The archive's file name for a backup made at `createdAt`, e.g. opvolging-backup-2026-11-29T10-15-00Z.jsonl.gz */
export function backupFileName(createdAt: Date): string {
  return `${BACKUP_FORMAT}-${createdAt.toISOString().slice(0, 19).replaceAll(":", "-")}Z.jsonl.gz`;
}
