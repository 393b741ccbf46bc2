// The one clock. Deadlines are calendar dates in Europe/Amsterdam, carried as
// "YYYY-MM-DD" strings in code and as DATE columns (read back as UTC midnight) in the
// database. APP_TODAY pins "today" for demos and tests.
import { format } from "date-fns";
import { nl } from "date-fns/locale";
import { getPinnedToday } from "@/lib/env";

export type CalendarDate = string; // "YYYY-MM-DD"

const amsterdamDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's calendar date in Europe/Amsterdam, or the pinned APP_TODAY. */
export function today(): CalendarDate {
  return getPinnedToday() ?? amsterdamDate.format(new Date());
}

/** Whether "today" is pinned, which the UI shows as a demo banner. */
export function isTodayPinned(): boolean {
  return getPinnedToday() !== undefined;
}

/** A DATE column value (UTC midnight) as a calendar date. */
export function toCalendarDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

/** A calendar date as the Date a DATE column expects. */
export function fromCalendarDate(value: CalendarDate): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function addDays(value: CalendarDate, days: number): CalendarDate {
  const date = fromCalendarDate(value);
  date.setUTCDate(date.getUTCDate() + days);
  return toCalendarDate(date);
}

/** Whole days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((fromCalendarDate(to).getTime() - fromCalendarDate(from).getTime()) / 86_400_000);
}

/** "3 april 2023" */
export function formatCalendarDate(value: CalendarDate | Date): string {
  const calendarDate = typeof value === "string" ? value : toCalendarDate(value);
  const [year, month, day] = calendarDate.split("-").map(Number) as [number, number, number];
  return format(new Date(year, month - 1, day), "d MMMM yyyy", { locale: nl });
}
