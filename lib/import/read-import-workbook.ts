// An uploaded import file, checked and read into rows of text before any row is validated:
// at most 10 MB, an .xlsx by its content (never its name), no macros, no external links,
// no formulas in any sheet (a formula's value is whatever the last program to save it
// computed), a header row with every column, and at most 5,000 rows. The file is read in a
// worker thread within the upload limits (lib/uploads/upload-limits.ts): its zip directory
// first, then the sheet as a stream that stops at the row limit. Each refusal is an INVALID
// error next to the form's file field, in Dutch, naming the limit that was hit.
import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { formatFileSize } from "@/lib/evidence/file-size";
import {
  EXPLANATION_SHEET_NAME,
  IMPORT_COLUMNS,
  OPTIONAL_COLUMNS,
  IMPORT_SHEET_NAME,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  columnHeader,
  type ImportColumn,
} from "@/lib/import/import-columns";
import { runInWorker, WorkerLimitError, type WorkerUsage } from "@/lib/uploads/run-in-worker";
import {
  UPLOAD_READ_MEMORY_MB,
  UPLOAD_READ_SECONDS,
  ZIP_LIMITS,
  ZIP_MAX_COMPRESSION_RATIO,
  ZIP_MAX_ENTRIES,
  ZIP_MAX_UNPACKED_MB,
} from "@/lib/uploads/upload-limits";

const t = nl.dataImport.file;

export type RawImportRow = { rowNumber: number; values: Record<ImportColumn, string> };
export type ImportWorkbook = { sha256: string; rows: RawImportRow[] };

/** A row as the worker reads it: the value of each cell that has one, by column number. */
type SheetCells = Array<[number, unknown]>;
type WorkbookRead =
  | { refused: string }
  | {
      refused: null;
      sheetFound: boolean;
      header: SheetCells;
      rows: { rowNumber: number; cells: SheetCells }[];
      tooManyRows: boolean;
      formulas: string[];
      formulaCount: number;
    };

export async function readImportWorkbook(
  bytes: Uint8Array,
  { onUsage }: { onUsage?: (usage: WorkerUsage) => void } = {},
): Promise<ImportWorkbook> {
  if (bytes.byteLength === 0) throw fileRefusal(t.empty);
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw fileRefusal(t.tooLarge(formatFileSize(bytes.byteLength, { roundUp: true })));

  let read: WorkbookRead;
  try {
    read = await runInWorker<WorkbookRead>(
      "read-workbook",
      {
        bytes,
        zipLimits: ZIP_LIMITS,
        maxRows: MAX_IMPORT_ROWS,
        sheetName: IMPORT_SHEET_NAME,
        skipSheetName: EXPLANATION_SHEET_NAME,
      },
      { seconds: UPLOAD_READ_SECONDS, memoryMegabytes: UPLOAD_READ_MEMORY_MB },
      onUsage,
    );
  } catch (error) {
    if (error instanceof WorkerLimitError)
      throw fileRefusal(
        error.limit === "time" ? t.tooSlow(UPLOAD_READ_SECONDS) : t.tooMuchMemory(UPLOAD_READ_MEMORY_MB),
      );
    throw error;
  }
  if (read.refused !== null) throw fileRefusal(refusalMessage(read.refused));
  if (read.formulaCount > 0) throw fileRefusal(t.formulas(read.formulas.join(", "), read.formulaCount));
  if (!read.sheetFound) throw fileRefusal(t.noSheet);
  const positions = headerPositions(read.header);
  const missing = IMPORT_COLUMNS.filter(
    (column) => positions[column] === undefined && !OPTIONAL_COLUMNS.includes(column),
  );
  if (missing.length > 0) throw fileRefusal(t.missingColumns(missing.map(columnHeader).join(", ")));
  if (read.tooManyRows) throw fileRefusal(t.tooManyRows(MAX_IMPORT_ROWS));

  const rows: RawImportRow[] = [];
  for (const { rowNumber, cells } of read.rows) {
    const byColumn = new Map(cells);
    const values = Object.fromEntries(
      IMPORT_COLUMNS.map((column) => {
        const position = positions[column];
        return [column, position === undefined ? "" : cellText(byColumn.get(position))];
      }),
    ) as Record<ImportColumn, string>;
    if (Object.values(values).every((value) => value === "")) continue;
    rows.push({ rowNumber, values });
  }
  if (rows.length > MAX_IMPORT_ROWS) throw fileRefusal(t.tooManyRows(MAX_IMPORT_ROWS));
  if (rows.length === 0) throw fileRefusal(t.noRows);
  return { sha256: sha256Of(bytes), rows };
}

function refusalMessage(reason: string): string {
  switch (reason) {
    case "zip-entries":
      return t.zipEntries(ZIP_MAX_ENTRIES);
    case "zip-size":
      return t.zipSize(ZIP_MAX_UNPACKED_MB);
    case "zip-ratio":
      return t.zipRatio(ZIP_MAX_COMPRESSION_RATIO);
    case "macros":
      return t.macros;
    case "externalLinks":
      return t.externalLinks;
    case "notXlsx":
      return t.notXlsx;
    default:
      return t.unreadable;
  }
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The column number of each header in row 1, matched on its text (case and spaces ignored). */
function headerPositions(header: SheetCells): Partial<Record<ImportColumn, number>> {
  const byHeader = new Map(IMPORT_COLUMNS.map((column) => [normaliseHeader(columnHeader(column)), column]));
  const positions: Partial<Record<ImportColumn, number>> = {};
  for (const [columnNumber, value] of header) {
    const column = byHeader.get(normaliseHeader(cellText(value)));
    if (column && positions[column] === undefined) positions[column] = columnNumber;
  }
  return positions;
}

function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * A cell as text: a date as YYYY-MM-DD (Excel stores a date as a day number, exceljs gives
 * it back as midnight UTC), a number as written, rich text and links by their text. The
 * apostrophe our own exports put before a text that looks like a formula is taken off again,
 * so that export → edit → import returns the same text.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return unquote(value.trim());
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText))
      return unquote(
        (value.richText as { text?: unknown }[])
          .map((part) => (typeof part.text === "string" ? part.text : ""))
          .join("")
          .trim(),
      );
    if ("text" in value && typeof value.text === "string") return unquote(value.text.trim());
    if ("error" in value) return String(value.error);
  }
  return "";
}

function unquote(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A refusal of the whole file, shown next to the form's file field. */
export function fileRefusal(message: string): AppError {
  return new AppError("INVALID", message, { fieldError: { field: "file", message } });
}
