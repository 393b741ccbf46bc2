// @ts-check
// The upload worker's "read-workbook": an uploaded .xlsx read as a stream, never as a whole
// workbook. The zip's directory is checked first (entries, unpacked size, compression ratio),
// then the file type, macros and external links; then only the parts a reader needs are
// unpacked (each capped at its declared size) and streamed through ExcelJS's WorkbookReader.
// Rows arrive as the sheet's XML lists them: an empty row 1,048,576 is one row, not a million,
// and a merged range or the sheet's dimension is never expanded. Reading stops at the row
// limit. The answer is plain data (cell values by column); the import turns it into text.
import { Readable } from "node:stream";
import { exceededZipLimit, readZipDirectory, readZipEntry, storedZip, ZipEntryTooLarge } from "./zip-directory.mjs";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SHEET_PATH = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

/**
 * @typedef {import("./zip-directory.mjs").ZipLimits} ZipLimits
 * @typedef {{ bytes: Uint8Array, zipLimits: ZipLimits, maxRows: number, sheetName: string, skipSheetName: string }} ReadWorkbookInput
 * @typedef {Array<[number, unknown]>} SheetRow cells by column number: only those with a value
 * @typedef {{ rowNumber: number, cells: SheetRow }} NumberedRow
 * @typedef {{ refused: string }
 *   | { refused: null, sheetFound: boolean, header: SheetRow, rows: NumberedRow[], tooManyRows: boolean, formulas: string[], formulaCount: number }} ReadWorkbookOutput
 */

/**
 * @param {ReadWorkbookInput} input
 * @returns {Promise<ReadWorkbookOutput>}
 */
export async function readWorkbookTask({ bytes, zipLimits, maxRows, sheetName, skipSheetName }) {
  const entries = readZipDirectory(bytes);
  if (!entries) return { refused: "notXlsx" };
  const exceeded = exceededZipLimit(entries, zipLimits);
  if (exceeded) return { refused: `zip-${exceeded}` };

  // Loaded only now: a file refused on its directory never waits for these large packages.
  const { fileTypeFromBuffer } = await import("file-type");
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime.includes("macroenabled")) return { refused: "macros" };
  if (type?.mime !== XLSX) return { refused: "notXlsx" };
  const names = entries.map((entry) => entry.name);
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return { refused: "macros" };
  if (names.some((name) => /^xl\/externalLinks\//i.test(name))) return { refused: "externalLinks" };

  // The parts ExcelJS's stream reader uses, in the order it needs them: relationships, the
  // workbook (sheet names), shared strings and styles (dates) before any sheet, so that it
  // never parks a sheet in a temporary file to wait for them.
  const wanted = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml"];
  const sheets = entries
    .filter((entry) => SHEET_PATH.test(entry.name))
    .sort((a, b) => sheetNumber(a.name) - sheetNumber(b.name));
  /** @type {Array<[string, Uint8Array]>} */
  const parts = [];
  try {
    for (const name of wanted) {
      const entry = entries.find((candidate) => candidate.name === name);
      const data = entry ? readZipEntry(bytes, entry) : null;
      if (entry && !data) return { refused: "unreadable" };
      // Some programs name a sheet by its absolute path (/xl/worksheets/…); ExcelJS's reader
      // matches only the relative form, and would not know the sheet's name.
      if (data && name === "xl/_rels/workbook.xml.rels")
        parts.push([name, Buffer.from(data.toString("utf8").replaceAll('Target="/xl/', 'Target="'))]);
      else if (data) parts.push([name, data]);
      else if (name === "xl/sharedStrings.xml") parts.push([name, Buffer.from(EMPTY_SHARED_STRINGS)]);
    }
    for (const entry of sheets) {
      const data = readZipEntry(bytes, entry);
      if (!data) return { refused: "unreadable" };
      parts.push([entry.name, data]);
    }
  } catch (error) {
    if (error instanceof ZipEntryTooLarge) return { refused: "zip-size" };
    throw error;
  }

  try {
    return await readSheets(storedZip(parts), { maxRows, sheetName, skipSheetName });
  } catch {
    return { refused: "unreadable" };
  }
}

/**
 * @param {Buffer} zip
 * @param {{ maxRows: number, sheetName: string, skipSheetName: string }} options
 * @returns {Promise<ReadWorkbookOutput>}
 */
async function readSheets(zip, { maxRows, sheetName, skipSheetName }) {
  const { default: ExcelJS } = await import("exceljs");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(/** @type {any} */ (Readable.from([zip])), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  /** @type {string[]} */
  const formulas = [];
  let formulaCount = 0;
  /** @type {SheetRow} */
  let header = [];
  /** @type {NumberedRow[]} */
  const rows = [];
  let sheetFound = false;
  /** @type {string | undefined} */
  let target;

  for await (const sheet of reader) {
    const worksheet = /** @type {any} */ (sheet);
    if (target === undefined) {
      // The import's sheet by name, else the first sheet that is not the explanation.
      const listed = /** @type {Array<{ name: string }>} */ (reader.model?.sheets ?? []).map((s) => s.name);
      target = listed.includes(sheetName) ? sheetName : (listed.find((name) => name !== skipSheetName) ?? "");
    }
    const isTarget = worksheet.name === target && !sheetFound;
    if (isTarget) sheetFound = true;
    for await (const row of worksheet) {
      /** @type {SheetRow} */
      const cells = [];
      row.eachCell({ includeEmpty: false }, (/** @type {any} */ cell, /** @type {number} */ column) => {
        const value = cell.value;
        if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
          formulaCount++;
          if (formulas.length < 3) formulas.push(`${worksheet.name}!${cell.address}`);
        }
        if (isTarget && value !== null && value !== undefined) cells.push([column, value]);
      });
      if (!isTarget) continue;
      if (row.number === 1) header = cells;
      else if (row.number > 1 && cells.length > 0) {
        rows.push({ rowNumber: row.number, cells });
        // Stop at the first row over the limit: the rest of the file is never read.
        if (rows.length > maxRows)
          return { refused: null, sheetFound, header, rows: [], tooManyRows: true, formulas, formulaCount };
      }
    }
  }
  return { refused: null, sheetFound, header, rows, tooManyRows: false, formulas, formulaCount };
}

/** @param {string} name */
function sheetNumber(name) {
  return Number(SHEET_PATH.exec(name)?.[1] ?? 0);
}
