// A calendar date as people type it: "30-9-2023", "30-09-2023" (also with slashes, as a
// spreadsheet may write it) or "2023-09-30" (what <input type="date"> and our own exports
// send). Pure, so that the forms' schema and the spreadsheet import read dates alike.
import type { CalendarDate } from "@/lib/calendar-date";

export type DateTextResult = { ok: true; date: CalendarDate } | { ok: false; problem: "format" | "missing" };

const DUTCH = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** "format": not a date at all; "missing": a date that does not exist (31-2-2023) or lies outside 1900–2200. */
export function parseDateText(text: string): DateTextResult {
  const given = text.trim();
  const dutch = DUTCH.exec(given);
  const iso = ISO.exec(given);
  const parts = dutch ? [dutch[3], dutch[2], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (!parts) return { ok: false, problem: "format" };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists =
    year >= 1900 &&
    year <= 2200 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!exists) return { ok: false, problem: "missing" };
  return { ok: true, date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}

/** A calendar date as a date field shows it for editing: "2023-09-30" becomes "30-9-2023". */
export function dateTextForInput(date: CalendarDate): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return `${day}-${month}-${year}`;
}
