// The rules that flag an open action as likely to slip, with their thresholds in this one
// place. Pure: "today" is passed in. get-dashboard.ts hands the same thresholds to its SQL
// pre-filter, and these functions decide (and name) the flags of the rows it returns.
import { daysBetween, type CalendarDate } from "@/lib/calendar-date";

/** No progress update (nor, without one, a start) for this many days or more. */
export const NO_UPDATE_DAYS = 30;
/** "Less than half done": a percentage below this. */
export const HALF_DONE_PERCENT = 50;
/** "Under a quarter of the time left": time left × this < the whole term (start to deadline). */
export const TIME_LEFT_FRACTION_DENOMINATOR = 4;
/** "Moved more than once": at least this many approved deadline changes. */
export const MOVED_DEADLINE_COUNT = 2;

export type RiskRule = "NO_RECENT_UPDATE" | "BEHIND_SCHEDULE" | "DEADLINE_MOVED";
export const RISK_RULES: readonly RiskRule[] = ["NO_RECENT_UPDATE", "BEHIND_SCHEDULE", "DEADLINE_MOVED"];

export type RiskInput = {
  /** The term's first day: the start date, or the day the action was created without one. */
  startDate: CalendarDate;
  dueDate: CalendarDate;
  percentDone: number;
  /** The date of the latest progress update, null without one. */
  lastUpdateOn: CalendarDate | null;
  /** Approved deadline changes. */
  approvedDeadlineChanges: number;
};

/**
 * No update for NO_UPDATE_DAYS days: counted from the latest update, or from the start when
 * there is none (an action that has not started yet is not flagged).
 */
export function hasNoRecentUpdate(action: Pick<RiskInput, "startDate" | "lastUpdateOn">, today: CalendarDate): boolean {
  const since = action.lastUpdateOn ?? action.startDate;
  return daysBetween(since, today) >= NO_UPDATE_DAYS;
}

/**
 * Less than half done with under a quarter of the term left. An action past its deadline
 * is not flagged here: it is already te laat (the overdue list shows it). Due today counts
 * as no time left.
 */
export function isBehindSchedule(
  action: Pick<RiskInput, "startDate" | "dueDate" | "percentDone">,
  today: CalendarDate,
): boolean {
  if (action.percentDone >= HALF_DONE_PERCENT) return false;
  const left = daysBetween(today, action.dueDate);
  if (left < 0) return false;
  const term = daysBetween(action.startDate, action.dueDate);
  if (term <= 0) return true;
  return left * TIME_LEFT_FRACTION_DENOMINATOR < term;
}

export function hasMovedDeadline(action: Pick<RiskInput, "approvedDeadlineChanges">): boolean {
  return action.approvedDeadlineChanges >= MOVED_DEADLINE_COUNT;
}

/** The rules an open action trips, in a fixed order; empty when none. */
export function riskFlags(action: RiskInput, today: CalendarDate): RiskRule[] {
  const flags: RiskRule[] = [];
  if (hasNoRecentUpdate(action, today)) flags.push("NO_RECENT_UPDATE");
  if (isBehindSchedule(action, today)) flags.push("BEHIND_SCHEDULE");
  if (hasMovedDeadline(action)) flags.push("DEADLINE_MOVED");
  return flags;
}
