// Where an action stands against its deadline, in the four words of the UI: te laat,
// binnen 30 dagen, op schema, afgerond. Pure, so lists, the dashboard and exports agree.
// A cancelled action has no deadline state.
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { daysBetween, type CalendarDate } from "@/lib/clock";

/** An open action due within this many days (today included) is "binnen 30 dagen". */
export const DEADLINE_SOON_DAYS = 30;

export const DEADLINE_STATES = ["OVERDUE", "DUE_SOON", "ON_TRACK", "DONE"] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Not done and not cancelled: the statuses whose deadline still counts ("te laat"). */
export const OPEN_ACTION_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DELAYED"] as const satisfies readonly ActionStatus[];

export function deadlineState(action: { status: ActionStatus; dueDate: CalendarDate }, today: CalendarDate): DeadlineState | null {
  if (action.status === "DONE") return "DONE";
  if (action.status === "CANCELLED") return null;
  const daysLeft = daysBetween(today, action.dueDate);
  if (daysLeft < 0) return "OVERDUE";
  if (daysLeft <= DEADLINE_SOON_DAYS) return "DUE_SOON";
  return "ON_TRACK";
}
