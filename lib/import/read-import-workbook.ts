// An uploaded import file, checked and read into rows of text before any row is validated:
// at most 10 MB, an .xlsx by its content (never its name), no macros, no external links,
// no formulas in any sheet (a formula's value is whatever the last program to save it
// computed), a header row with every column, and at most 5,000 rows. Each refusal is an
// INVALID error next to the form's file field, in Dutch.
import "server-only";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { formatFileSize } from "@/lib/evidence/file-size";
import {
  EXPLANATION_SHEET_NAME,
  IMPORT_COLUMNS,
  IMPORT_SHEET_NAME,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  columnHeader,
  type ImportColumn,
} from "@/lib/import/import-columns";
import { zipEntryNames } from "@/lib/import/zip-entry-names";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const t = nl.dataImport.file;

export type RawImportRow = { rowNumber: number; values: Record<ImportColumn, string> };
export type ImportWorkbook = { sha256: string; rows: RawImportRow[] };

export async function readImportWorkbook(bytes: Uint8Array): Promise<ImportWorkbook> {
  if (bytes.byteLength === 0) throw fileRefusal(t.empty);
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw fileRefusal(t.tooLarge(formatFileSize(bytes.byteLength, { roundUp: true })));

  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime.includes("macroenabled")) throw fileRefusal(t.macros);
  if (type?.mime !== XLSX) throw fileRefusal(t.notXlsx);
  const names = zipEntryNames(bytes);
  if (!names) throw fileRefusal(t.notXlsx);
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) throw fileRefusal(t.macros);
  if (names.some((name) => /^xl\/externalLinks\//i.test(name))) throw fileRefusal(t.externalLinks);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw fileRefusal(t.unreadable);
  }
  const formulas = formulaCells(workbook);
  if (formulas.length > 0) throw fileRefusal(t.formulas(formulas.slice(0, 3).join(", "), formulas.length));

  const sheet =
    workbook.getWorksheet(IMPORT_SHEET_NAME) ??
    workbook.worksheets.find((candidate) => candidate.name !== EXPLANATION_SHEET_NAME);
  if (!sheet) throw fileRefusal(t.noSheet);
  const positions = headerPositions(sheet);
  const missing = IMPORT_COLUMNS.filter((column) => positions[column] === undefined);
  if (missing.length > 0) throw fileRefusal(t.missingColumns(missing.map(columnHeader).join(", ")));

  const rows: RawImportRow[] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const values = Object.fromEntries(
      IMPORT_COLUMNS.map((column) => [column, cellText(row.getCell(positions[column]!))]),
    ) as Record<ImportColumn, string>;
    if (Object.values(values).every((value) => value === "")) continue;
    rows.push({ rowNumber, values });
    if (rows.length > MAX_IMPORT_ROWS) throw fileRefusal(t.tooManyRows(MAX_IMPORT_ROWS));
  }
  if (rows.length === 0) throw fileRefusal(t.noRows);
  return { sha256: sha256Of(bytes), rows };
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** "Blad!D5" for each formula cell in any sheet. */
function formulaCells(workbook: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) found.push(`${sheet.name}!${cell.address}`);
      });
    });
  }
  return found;
}

/** The column number of each header in row 1, matched on its text (case and spaces ignored). */
function headerPositions(sheet: ExcelJS.Worksheet): Partial<Record<ImportColumn, number>> {
  const byHeader = new Map(IMPORT_COLUMNS.map((column) => [normaliseHeader(columnHeader(column)), column]));
  const positions: Partial<Record<ImportColumn, number>> = {};
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, columnNumber) => {
    const column = byHeader.get(normaliseHeader(cellText(cell)));
    if (column && positions[column] === undefined) positions[column] = columnNumber;
  });
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
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return unquote(value.trim());
  if (typeof value === "object") {
    if ("richText" in value)
      return unquote(
        value.richText
          .map((part) => part.text)
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
