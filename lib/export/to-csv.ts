// CSV as Excel in a Dutch locale opens it: semicolon-separated (a comma is the decimal
// separator there), UTF-8 with a byte-order mark (or "ë" arrives as "Ã«"), CRLF line
// ends, fields quoted per RFC 4180, and every text cell neutralised against formulas.
import { neutraliseFormula } from "@/lib/export/neutralise-formula";

export type CsvCell = string | number | null | undefined;

const BOM = "\uFEFF";

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return csvStart(header) + csvLines(rows);
}

/** The start of a CSV written in chunks (a streamed export): the byte-order mark and the header line. */
export function csvStart(header: readonly string[]): string {
  return `${BOM}${csvLines([header])}`;
}

/** Rows as CSV lines, each ended by CRLF: the chunks after csvStart. */
export function csvLines(rows: Iterable<readonly CsvCell[]>): string {
  let text = "";
  for (const row of rows) text += `${row.map(csvField).join(";")}\r\n`;
  return text;
}

function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "number" ? String(cell).replace(".", ",") : neutraliseFormula(cell);
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
