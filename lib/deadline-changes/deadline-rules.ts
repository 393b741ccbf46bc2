// What every move of a deadline checks, shared by the request, the direct change and the
// approval: the action is locked for the rest of the transaction (so two requests cannot
// both find "nothing pending"), and the new date is a real change that does not lie before
// the start date.
import "server-only";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate, toCalendarDate, type CalendarDate } from "@/lib/clock";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";

export type LockedAction = {
  id: string;
  title: string;
  ownerOrganisationId: string;
  contactUserId: string | null;
  status: ActionStatus;
  startDate: CalendarDate | null;
  dueDate: CalendarDate;
  version: number;
};

/** The action, locked until the transaction ends; NOT_FOUND when it does not exist. */
export async function lockActionItem(tx: Tx, actionItemId: string): Promise<LockedAction> {
  // FOR UPDATE: a concurrent request, approval or direct change of this action waits here.
  await tx.$queryRaw`SELECT 1 FROM "ActionItem" WHERE "id" = ${actionItemId} FOR UPDATE`;
  const action = await tx.actionItem.findUnique({
    where: { id: actionItemId },
    select: {
      id: true,
      title: true,
      ownerOrganisationId: true,
      contactUserId: true,
      status: true,
      startDate: true,
      dueDate: true,
      version: true,
    },
  });
  if (!action) throw new AppError("NOT_FOUND", nl.actionDetail.notFound);
  return {
    ...action,
    startDate: action.startDate ? toCalendarDate(action.startDate) : null,
    dueDate: toCalendarDate(action.dueDate),
  };
}

export async function hasPendingRequest(tx: Tx, actionItemId: string): Promise<boolean> {
  return (await tx.deadlineChange.count({ where: { actionItemId, status: "PENDING" } })) > 0;
}

/** A done or cancelled action keeps its deadline. */
export function assertOpen(action: LockedAction): void {
  if (action.status === "DONE" || action.status === "CANCELLED")
    throw new AppError("INVALID", nl.actionDetail.deadlineActionClosed);
}

/** The new date of a request or direct change, next to the form's date field. */
export function assertValidNewDueDate(action: LockedAction, newDueDate: CalendarDate, field = "newDueDate"): void {
  if (newDueDate === action.dueDate)
    throw new AppError("INVALID", nl.actionDetail.deadlineSame, {
      fieldError: { field, message: nl.actionDetail.deadlineSame },
    });
  if (action.startDate && newDueDate < action.startDate) {
    throw new AppError("INVALID", nl.forms.dueBeforeStart, {
      fieldError: {
        field,
        message: `${nl.forms.dueBeforeStart} (${nl.actionDetail.startDate}: ${formatCalendarDate(action.startDate)})`,
      },
    });
  }
}
