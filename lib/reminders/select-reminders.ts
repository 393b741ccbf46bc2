// Which reminder an action earns today, and which ISO week a day belongs to. Pure: "today"
// is passed in (lib/clock.ts's today() in the job, a fixed day in tests).
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { addDays, daysBetween, fromCalendarDate, type CalendarDate } from "@/lib/calendar-date";
import { deadlineState } from "@/lib/action-items/deadline-state";

/** A contact person hears of an open action this many days before its deadline, or fewer. */
export const REMINDER_WINDOW_DAYS = 14;

/** The statuses of an action still to be done (not Afgerond, not Geannuleerd). */
export const OPEN_ACTION_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "DELAYED",
] as const satisfies readonly ActionStatus[];

/** The kinds recorded in ReminderDelivery; each is sent once per subject and period. */
export const REMINDER_KINDS = {
  dueSoon: "ACTIE_BINNENKORT",
  overdue: "ACTIE_TE_LAAT",
  weeklyOverview: "WEEKOVERZICHT",
} as const;
export type ActionReminderKind = typeof REMINDER_KINDS.dueSoon | typeof REMINDER_KINDS.overdue;

/** The last due date that falls inside the window today: the job asks the database for actions due on or before it. */
export function reminderHorizon(today: CalendarDate): CalendarDate {
  return addDays(today, REMINDER_WINDOW_DAYS);
}

/**
 * The reminder an action earns today: "te laat" once its due date has passed, "binnenkort"
 * from 14 days before it up to and including the day itself; null when closed or further
 * away. Each is keyed by the due date, so a moved deadline earns both anew.
 */
export function actionReminderKind(
  action: { status: ActionStatus; dueDate: CalendarDate },
  today: CalendarDate,
): ActionReminderKind | null {
  const state = deadlineState(action, today);
  if (state === "OVERDUE") return REMINDER_KINDS.overdue;
  if (state === "SOON" && daysBetween(today, action.dueDate) <= REMINDER_WINDOW_DAYS) return REMINDER_KINDS.dueSoon;
  return null;
}

/** The ISO 8601 week of a calendar date, e.g. "2023-W14": the period of the weekly overview. */
export function isoWeekKey(value: CalendarDate): string {
  const date = fromCalendarDate(value);
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  // The Thursday of this week decides the year the week belongs to.
  const thursday = new Date(date.getTime() + (4 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
