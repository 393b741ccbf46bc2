// The one clock. Deadlines are calendar dates in Europe/Amsterdam, carried as
// "YYYY-MM-DD" strings in code and as DATE columns (read back as UTC midnight) in the
// database. Moments (a journal entry, a letter version) are instants, stored as
// timestamptz and shown in Europe/Amsterdam whatever the process's TZ.
// APP_TODAY pins "today" for demos and tests; see docs/decisions/009-timestamptz.md.
import { getPinnedToday } from "@/lib/env";
import { amsterdamWallTime, fromAmsterdamWallTime, type CalendarDate } from "@/lib/calendar-date";

// Everything that does not need "today" lives in lib/calendar-date.ts (client components
// import it from there: this file reads the configuration).
export * from "@/lib/calendar-date";

/** Today's calendar date in Europe/Amsterdam, or the pinned APP_TODAY. */
export function today(): CalendarDate {
  const pinned = getPinnedToday();
  if (pinned) return pinned;
  const wall = amsterdamWallTime(new Date());
  return [wall.year, wall.month, wall.day].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0")).join("-");
}

/**
 * The current instant, for domain times such as a journal entry. With APP_TODAY pinned
 * it is the pinned day at the current Amsterdam time of day: an entry made in the demo
 * of 3 April 2023 is stamped 3 April 2023, not the real date, and entries made one after
 * another still sort in the order they were written (a fixed time of day would tie them).
 * The audit trail does not use this: its time is the database's own now().
 */
export function now(): Date {
  const real = new Date();
  const pinned = getPinnedToday();
  if (!pinned) return real;
  const [year, month, day] = pinned.split("-").map(Number) as [number, number, number];
  const wall = amsterdamWallTime(real);
  return fromAmsterdamWallTime({ ...wall, year, month, day }, real.getMilliseconds());
}

/** Whether "today" is pinned, which the UI shows as a demo banner. */
export function isTodayPinned(): boolean {
  return getPinnedToday() !== undefined;
}
