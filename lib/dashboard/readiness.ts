// The readiness of the next parliamentary deadline: of the open actions under the
// commitment's recommendations, the share with a progress update since the last letter
// sent (or, when none was sent, since the plan van aanpak). Pure.
import { daysBetween, type CalendarDate } from "@/lib/calendar-date";

/** An update on the day the letter went out may predate it: only a later day counts. */
export function isUpdatedSince(lastUpdateOn: CalendarDate | null, since: CalendarDate | null): boolean {
  if (lastUpdateOn === null) return false;
  if (since === null) return true;
  return lastUpdateOn > since;
}

export type Readiness<T> = { total: number; ready: number; percent: number; notReady: T[] };

export function readiness<T extends { lastUpdateOn: CalendarDate | null }>(
  actions: readonly T[],
  since: CalendarDate | null,
): Readiness<T> {
  const notReady = actions.filter((action) => !isUpdatedSince(action.lastUpdateOn, since));
  const total = actions.length;
  const ready = total - notReady.length;
  // With no open actions there is nothing left to report on: ready.
  const percent = total === 0 ? 100 : Math.floor((ready / total) * 100);
  return { total, ready, percent, notReady };
}

/** Days until the deadline (0 today, negative when past). */
export function countdownDays(dueDate: CalendarDate, today: CalendarDate): number {
  return daysBetween(today, dueDate);
}
