// Where an action stands against its deadline, as the lists and the recommendation page
// show it: te laat · binnen 30 dagen · op schema · afgerond. Pure: "today" is passed in
// (lib/clock.ts's today() in the app, a fixed day in tests).
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { daysBetween, type CalendarDate } from "@/lib/clock";

/** A deadline this many days away or fewer counts as "binnen 30 dagen". */
export const DEADLINE_SOON_DAYS = 30;

export type DeadlineState = "OVERDUE" | "SOON" | "ON_TRACK" | "DONE";

/**
 * The deadline state of an action, or null for a cancelled one (its deadline no longer
 * applies). Overdue means: still open and the due date lies before today.
 */
export function deadlineState(
  action: { status: ActionStatus; dueDate: CalendarDate },
  today: CalendarDate,
): DeadlineState | null {
  if (action.status === "CANCELLED") return null;
  if (action.status === "DONE") return "DONE";
  const daysLeft = daysBetween(today, action.dueDate);
  if (daysLeft < 0) return "OVERDUE";
  if (daysLeft <= DEADLINE_SOON_DAYS) return "SOON";
  return "ON_TRACK";
}
