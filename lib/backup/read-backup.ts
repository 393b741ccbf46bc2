// Reads a backup archive (lib/backup/backup-format.ts) as a stream of checked events: the
// header, the rows of each table in batches, and the manifest. Every table's rows are
// hashed as they pass and compared with its end line and the manifest; anything out of
// place (not gzip, a cut-off file, a changed row, a table out of order) stops the reading
// with one Dutch sentence (BackupRefusedError).
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { isDeepStrictEqual } from "node:util";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  HeaderSchema,
  ManifestSchema,
  TableSummarySchema,
  type BackupHeader,
  type BackupManifest,
  type TableLayout,
} from "./backup-format.ts";
import { nl } from "../i18n/nl.ts";
import { readBoundedLines, LineTooLongError } from "./read-bounded-lines.ts";

export class BackupRefusedError extends Error {
  constructor(
    readonly reason:
      | "notArchive"
      | "formatVersion"
      | "damaged"
      | "checksum"
      | "notEmpty"
      | "migration"
      | "layout"
      | "notOwner"
      | "lineTooLong"
      | "rowCount",
    message: string,
  ) {
    super(message);
    this.name = "BackupRefusedError";
  }
}

export type ArchiveEvent =
  | { kind: "header"; header: BackupHeader }
  | { kind: "rows"; table: TableLayout; lines: string[] }
  | { kind: "manifest"; manifest: BackupManifest };

/** Rows handed on at once: at most this many, or this many characters (one file can be 20 MB as hex). */
const BATCH_ROWS = 1_000;
const BATCH_CHARS = 8 * 1024 * 1024;

/**
 * The longest line read: the largest row is an evidence file (10 MB) as hex, 20 MB of
 * text, with its other columns; a longer line is refused before it fills the memory.
 */
export const MAX_BACKUP_LINE_CHARS = 32 * 1024 * 1024;

export type ReadBackupOptions = { maxLineChars?: number };

const damaged = (what: string) => new BackupRefusedError("damaged", nl.backup.restore.damaged(what));

function parseControl(line: string): [string, unknown] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw damaged(nl.backup.restore.unreadableLine);
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string")
    throw damaged(nl.backup.restore.unreadableLine);
  return parsed as [string, unknown];
}

export async function* readBackupArchive(
  path: string,
  { maxLineChars = MAX_BACKUP_LINE_CHARS }: ReadBackupOptions = {},
): AsyncGenerator<ArchiveEvent> {
  const gunzip = createGunzip();
  let streamError: Error | undefined;
  const file = createReadStream(path);
  file.on("error", (error) => gunzip.destroy(error));
  gunzip.on("error", (error) => (streamError = error));
  const lines = readBoundedLines(file.pipe(gunzip), maxLineChars);

  let header: BackupHeader | undefined;
  let manifest: BackupManifest | undefined;
  let tableIndex = -1;
  let table: TableLayout | undefined;
  let hash = createHash("sha256");
  let rows = 0;
  const summaries: { table: string; rows: number; sha256: string }[] = [];
  let batch: string[] = [];
  let batchChars = 0;

  try {
    for await (const line of lines) {
      if (manifest) throw damaged(nl.backup.restore.afterManifest);
      if (!header) {
        if (!line.startsWith('["header",')) throw new BackupRefusedError("notArchive", nl.backup.restore.notArchive);
        const [, value] = parseControl(line);
        const format = value as { format?: unknown; formatVersion?: unknown };
        if (format?.format !== BACKUP_FORMAT) throw new BackupRefusedError("notArchive", nl.backup.restore.notArchive);
        if (format.formatVersion !== BACKUP_FORMAT_VERSION)
          throw new BackupRefusedError(
            "formatVersion",
            nl.backup.restore.formatVersion(String(format.formatVersion), BACKUP_FORMAT_VERSION),
          );
        const parsed = HeaderSchema.safeParse(value);
        if (!parsed.success) throw damaged(nl.backup.restore.badHeader);
        header = parsed.data;
        yield { kind: "header", header };
        continue;
      }
      if (line.startsWith("{")) {
        if (!table) throw damaged(nl.backup.restore.rowOutsideTable);
        hash.update(line).update("\n");
        rows += 1;
        batch.push(line);
        batchChars += line.length;
        if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) {
          yield { kind: "rows", table, lines: batch };
          batch = [];
          batchChars = 0;
        }
        continue;
      }
      const [kind, value] = parseControl(line);
      if (kind === "table") {
        if (table) throw damaged(nl.backup.restore.tableNotClosed(table.name));
        tableIndex += 1;
        table = header.tables[tableIndex];
        if (!table || (value as { table?: unknown })?.table !== table.name)
          throw damaged(nl.backup.restore.tableOutOfOrder);
        hash = createHash("sha256");
        rows = 0;
      } else if (kind === "end") {
        const summary = TableSummarySchema.safeParse(value);
        if (!table || !summary.success || summary.data.table !== table.name)
          throw damaged(nl.backup.restore.tableOutOfOrder);
        if (batch.length > 0) yield { kind: "rows", table, lines: batch };
        batch = [];
        batchChars = 0;
        const actual = { table: table.name, rows, sha256: hash.digest("hex") };
        if (!isDeepStrictEqual(actual, summary.data))
          throw new BackupRefusedError("checksum", nl.backup.restore.checksum(table.name));
        summaries.push(actual);
        table = undefined;
      } else if (kind === "manifest") {
        const parsed = ManifestSchema.safeParse(value);
        if (!parsed.success || table || tableIndex !== header.tables.length - 1)
          throw damaged(nl.backup.restore.badManifest);
        const { tableSummaries, ...rest } = parsed.data;
        if (!isDeepStrictEqual(rest, header)) throw damaged(nl.backup.restore.badManifest);
        for (const [index, summary] of tableSummaries.entries()) {
          if (!isDeepStrictEqual(summary, summaries[index]))
            throw new BackupRefusedError("checksum", nl.backup.restore.checksum(summary.table));
        }
        if (tableSummaries.length !== summaries.length) throw damaged(nl.backup.restore.badManifest);
        manifest = parsed.data;
      } else {
        throw damaged(nl.backup.restore.unreadableLine);
      }
    }
  } catch (error) {
    // A gzip error surfaces here in some Node versions, as a closed stream in others.
    if (error instanceof BackupRefusedError) throw error;
    if (error instanceof LineTooLongError)
      throw new BackupRefusedError("lineTooLong", nl.backup.restore.lineTooLong(formatMegabytes(maxLineChars)));
    if (!header) throw new BackupRefusedError("notArchive", nl.backup.restore.notArchive);
    throw damaged(nl.backup.restore.cutOff);
  } finally {
    await lines.return(undefined);
    file.destroy();
  }
  if (streamError && !header) throw new BackupRefusedError("notArchive", nl.backup.restore.notArchive);
  if (streamError) throw damaged(nl.backup.restore.cutOff);
  if (!header) throw new BackupRefusedError("notArchive", nl.backup.restore.notArchive);
  if (!manifest) throw damaged(nl.backup.restore.cutOff);
  yield { kind: "manifest", manifest };
}

const formatMegabytes = (chars: number) => `${Math.ceil(chars / 1024 / 1024).toLocaleString("nl-NL")} MB`;

/** Reads the whole archive and checks it, writing nothing; returns its manifest. */
export async function verifyBackupArchive(path: string, options?: ReadBackupOptions): Promise<BackupManifest> {
  for await (const event of readBackupArchive(path, options)) {
    if (event.kind === "manifest") return event.manifest;
  }
  throw damaged(nl.backup.restore.cutOff);
}
