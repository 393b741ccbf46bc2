// The summary table as the editor shows it: one row per line, cells separated by " | ".
// Pure, so the form's hint, the domain function and the tests agree on one format.
import { nl } from "@/lib/i18n/nl";

export const CELL_SEPARATOR = " | ";

/** The rows as textarea text. A "|" inside a cell cannot be told from a separator, so it becomes "/". */
export function tableRowsToText(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) => row.map((cell) => cell.replace(/\|/g, "/").replace(/\s*\n\s*/g, " ")).join(CELL_SEPARATOR))
    .join("\n");
}

export type ParsedTableText = { ok: true; rows: string[][] } | { ok: false; message: string };

/**
 * Reads the textarea back: blank lines are skipped, cells trimmed. Every line must have
 * `columnCount` cells; the message names each line that does not (its line number in the
 * textarea, as the user sees it).
 */
export function parseTableText(text: string, columnCount: number): ParsedTableText {
  const words = nl.letterEditor;
  const rows: string[][] = [];
  const problems: string[] = [];
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      const cells = line.split("|").map((cell) => cell.trim());
      if (cells.length !== columnCount) problems.push(words.tableLineCells(index + 1, cells.length, columnCount));
      else rows.push(cells);
    });
  if (problems.length > 0) return { ok: false, message: `${problems.join(" ")} ${words.tableSeparatorAdvice}` };
  if (rows.length === 0) return { ok: false, message: words.tableEmpty };
  return { ok: true, rows };
}
