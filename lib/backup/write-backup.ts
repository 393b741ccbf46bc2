// Writes a backup (lib/backup/backup-format.ts) as a stream: every table read through a
// cursor, a batch at a time, inside one REPEATABLE READ READ ONLY transaction, so that the
// archive is one consistent moment of the database and never all of it in memory.
// Used by `npm run backup` and the Beheerder's download (lib/backup/download-backup.ts).
import { createHash } from "node:crypto";
import { Readable, pipeline, type Transform } from "node:stream";
import { createGzip } from "node:zlib";
import type pg from "pg";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  EXCLUDED_TABLES,
  controlLine,
  type BackupHeader,
  type TableSummary,
} from "./backup-format.ts";
import { CANONICAL_SESSION_SQL, readAppliedMigrations, readTableLayouts, selectRowsSql } from "./database-catalog.ts";
import { APP_VERSION } from "./app-version.ts";

/** Rows per FETCH; tables with files (bytea) fewer, as one evidence file may be 10 MB. */
const BATCH_ROWS = 1_000;
const BATCH_ROWS_WITH_FILES = 8;

export type BackupOptions = {
  createdAt: Date;
  onManifest?: (manifest: BackupHeader & { tableSummaries: TableSummary[] }) => void;
  /** The caller began the read-only REPEATABLE READ transaction already (to take a lock in it first). */
  transactionStarted?: boolean;
};

/** One consistent snapshot for the whole archive. */
export const BACKUP_TRANSACTION_SQL = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

/**
 * The archive's lines (without compression), each ending in "\n". The client must be a
 * connection of its own: the generator opens and ends its transaction, and ends it (rolls
 * back the read-only transaction) also when the reader stops early.
 */
export async function* backupLines(
  client: pg.ClientBase,
  { createdAt, onManifest, transactionStarted = false }: BackupOptions,
): AsyncGenerator<string> {
  if (!transactionStarted) await client.query(BACKUP_TRANSACTION_SQL);
  try {
    await client.query(CANONICAL_SESSION_SQL.replaceAll("SET ", "SET LOCAL "));
    const migrations = await readAppliedMigrations(client);
    const tables = await readTableLayouts(client);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: APP_VERSION,
      createdAt: createdAt.toISOString(),
      latestMigration: migrations.at(-1)?.name ?? null,
      migrations,
      tables,
      excluded: Object.entries(EXCLUDED_TABLES).map(([table, reason]) => ({ table, reason })),
    };
    yield `${controlLine(["header", header])}\n`;

    const tableSummaries: TableSummary[] = [];
    for (const layout of tables) {
      yield `${controlLine(["table", { table: layout.name }])}\n`;
      const hash = createHash("sha256");
      let rows = 0;
      const batch = layout.columns.some((column) => column.type === "bytea") ? BATCH_ROWS_WITH_FILES : BATCH_ROWS;
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR ${selectRowsSql(layout)}`);
      for (;;) {
        const { rows: fetched } = await client.query<{ line: string }>(`FETCH ${batch} FROM backup_rows`);
        if (fetched.length === 0) break;
        let chunk = "";
        for (const { line } of fetched) {
          hash.update(line).update("\n");
          chunk += `${line}\n`;
        }
        rows += fetched.length;
        yield chunk;
      }
      await client.query("CLOSE backup_rows");
      const summary = { table: layout.name, rows, sha256: hash.digest("hex") };
      tableSummaries.push(summary);
      yield `${controlLine(["end", summary])}\n`;
    }
    const manifest = { ...header, tableSummaries };
    yield `${controlLine(["manifest", manifest])}\n`;
    onManifest?.(manifest);
    await client.query("COMMIT");
  } finally {
    // Reached on an error, and when the reader stopped early: end the snapshot. A no-op
    // (with a warning from PostgreSQL, not an error) after the COMMIT above.
    await client.query("ROLLBACK").catch(() => {});
  }
}

/** The gzip'd archive as a Node stream, e.g. to a file or (through Readable.toWeb) a Response. */
export function backupArchiveStream(client: pg.ClientBase, options: BackupOptions): Transform {
  const gzip = createGzip({ level: 6 });
  // pipeline: an error while reading destroys the archive stream with it (a reader sees a
  // failed download, never a short file that looks whole), and a reader that goes away
  // stops the generator, which ends its transaction.
  pipeline(Readable.from(backupLines(client, options)), gzip, () => {});
  return gzip;
}
