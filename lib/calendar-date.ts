// Calendar dates and instants as the app shows them, in Europe/Amsterdam: pure functions,
// safe in client components. "Today" itself comes from lib/clock.ts (which reads the
// configuration, and so must stay on the server); it re-exports all of this.
import { format } from "date-fns";
import { nl } from "date-fns/locale";

export type CalendarDate = string; // "YYYY-MM-DD"

const ZONE = "Europe/Amsterdam";

const amsterdamParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall-clock time in Amsterdam at an instant (seconds precision). */
export function amsterdamWallTime(instant: Date): WallTime {
  const parts: Record<string, number> = {};
  for (const part of amsterdamParts.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Amsterdam's offset from UTC at an instant, in milliseconds (1 or 2 hours). */
function amsterdamOffset(epochMs: number): number {
  const wall = amsterdamWallTime(new Date(epochMs));
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(epochMs / 1000) * 1000;
}

/**
 * The instant at which Amsterdam's clocks show this wall time. Like Temporal's
 * "compatible": a time that occurs twice (the last Sunday of October, 02:00–03:00) is
 * the earlier one; a time that does not exist (the last Sunday of March, 02:00–03:00)
 * moves forward by the length of the gap.
 */
export function fromAmsterdamWallTime(wall: WallTime, milliseconds = 0): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, milliseconds);
  const offsetBefore = amsterdamOffset(asUtc - 86_400_000);
  const offsetAfter = amsterdamOffset(asUtc + 86_400_000);
  const candidates = [asUtc - offsetBefore, asUtc - offsetAfter].filter(
    (candidate) => amsterdamOffset(candidate) === asUtc - candidate,
  );
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(asUtc - offsetBefore);
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

// date-fns formats in the process's zone: give it a local Date at noon of the day, a time
// that exists on every day in every zone (midnight does not, where DST starts at 00:00).
function formatDay(year: number, month: number, day: number): string {
  return format(new Date(year, month - 1, day, 12), "d MMMM yyyy", { locale: nl });
}

/** A calendar date as "3 april 2023". */
export function formatCalendarDate(value: CalendarDate | Date): string {
  const calendarDate = typeof value === "string" ? value : toCalendarDate(value);
  const [year, month, day] = calendarDate.split("-").map(Number) as [number, number, number];
  return formatDay(year, month, day);
}

/** An instant as Amsterdam shows it: "3 april 2023 om 14:05", whatever the process's TZ. */
export function formatTimestamp(instant: Date): string {
  const wall = amsterdamWallTime(instant);
  const time = `${String(wall.hour).padStart(2, "0")}:${String(wall.minute).padStart(2, "0")}`;
  return `${formatDay(wall.year, wall.month, wall.day)} om ${time}`;
}

/**
 * The last day an API token or a calendar address works: each ends at Amsterdam midnight after
 * its last valid day (lib/api-tokens/create-api-token.ts's endOfDay).
 */
export function lastValidDay(expiresAt: Date): CalendarDate {
  const wall = amsterdamWallTime(expiresAt);
  const day = [wall.year, wall.month, wall.day].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0")).join("-");
  return addDays(day, -1);
}

/** The time of day of an instant in Amsterdam: "14:05". */
export function formatTimeOfDay(instant: Date): string {
  const wall = amsterdamWallTime(instant);
  return `${String(wall.hour).padStart(2, "0")}:${String(wall.minute).padStart(2, "0")}`;
}

/**
 * The instant an Amsterdam calendar day begins (00:00 there: 23:00 or 22:00 UTC the day
 * before). A period "from van to tot" is [startOfAmsterdamDay(van), startOfAmsterdamDay(tot + 1)).
 */
export function startOfAmsterdamDay(value: CalendarDate): Date {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return fromAmsterdamWallTime({ year, month, day, hour: 0, minute: 0, second: 0 });
}

/** An instant's calendar date and time of day in Amsterdam: "2023-04-03 14:05:09" (exports). */
export function formatIsoTimestamp(instant: Date): string {
  const wall = amsterdamWallTime(instant);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}
