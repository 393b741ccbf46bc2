// Small helpers for correct British English in the OECD report, as dutch-text.ts is for the
// Kamerbrief: dates as "5 November 2020", lists joined with "and", singular and plural.
// Pure: no I/O, no clock, no locale of the machine.
import type { CalendarDate } from "@/lib/calendar-date";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "2020-11-05" → "5 November 2020". */
export function englishDate(value: CalendarDate): string {
  const [year, month, day] = value.split("-").map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/** "A", "A and B", "A, B and C"; empty for no items. */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "1 action", "2 actions". */
export function englishCount(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
