// A commitment's state against its due date, in the words of an action's deadline state so
// that the dashboard lists both in one column: open and past its date is te laat, voldaan
// or deels voldaan is afgerond; a lapsed commitment no longer has a deadline.
import type { CommitmentStatus } from "@/lib/generated/prisma/enums.ts";
import { DEADLINE_SOON_DAYS, type DeadlineState } from "@/lib/action-items/deadline-state";
import { daysBetween, type CalendarDate } from "@/lib/calendar-date";

export function commitmentDeadlineState(
  commitment: { status: CommitmentStatus; dueDate: CalendarDate },
  today: CalendarDate,
): DeadlineState | null {
  if (commitment.status === "LAPSED") return null;
  if (commitment.status !== "OPEN") return "DONE";
  const daysLeft = daysBetween(today, commitment.dueDate);
  if (daysLeft < 0) return "OVERDUE";
  if (daysLeft <= DEADLINE_SOON_DAYS) return "SOON";
  return "ON_TRACK";
}
