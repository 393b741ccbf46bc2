// A coordinator moves a deadline directly, with a reason. Still never silently: the move is
// a DeadlineChange row (approved, decided by the coordinator themselves) in the history, and
// the action's version goes up with it.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { notifyAboutAction } from "@/lib/notifications/notify";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { fromCalendarDate, now, type CalendarDate } from "@/lib/clock";
import type { DeadlineChangeInput } from "@/lib/validation/deadline-change";
import {
  assertOpen,
  assertValidNewDueDate,
  hasPendingRequest,
  lockActionItem,
} from "@/lib/deadline-changes/deadline-rules";

export async function changeDeadline(
  { actor, input }: { actor: Actor; input: DeadlineChangeInput },
  tx?: Tx,
): Promise<{ dueDate: CalendarDate; version: number }> {
  return withTransaction(tx, async (tx) => {
    const action = await lockActionItem(tx, input.actionItemId);
    assertCan(actor, "deadlines:approve", {
      organisationId: action.ownerOrganisationId,
      entityType: "ActionItem",
      entityId: action.id,
    });
    if (action.version !== input.version) throw await conflictError(tx, { entityType: "ActionItem", id: action.id });
    assertOpen(action);
    if (await hasPendingRequest(tx, action.id))
      throw new AppError("INVALID", nl.actionDetail.deadlinePendingBlocksDirect);
    assertValidNewDueDate(action, input.newDueDate);

    // The same instant for both: that is how the history tells a direct change from an approval.
    const at = now();
    await tx.deadlineChange.create({
      data: {
        actionItemId: action.id,
        oldDueDate: fromCalendarDate(action.dueDate),
        newDueDate: fromCalendarDate(input.newDueDate),
        reason: input.reason,
        status: "APPROVED",
        requestedById: actor.id,
        decidedById: actor.id,
        createdAt: at,
        decidedAt: at,
      },
    });
    await updateVersioned(tx, { entityType: "ActionItem", id: action.id, version: input.version }, (where) =>
      tx.actionItem.updateMany({ where, data: { dueDate: fromCalendarDate(input.newDueDate), ...nextVersion } }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "ActionItem",
      entityId: action.id,
      kind: "DEADLINE_CHANGED",
      before: { dueDate: action.dueDate },
      after: { dueDate: input.newDueDate, reason: input.reason },
    });
    await notifyAboutAction(tx, {
      actor,
      userIds: [action.contactUserId],
      kind: "DEADLINE_MOVED",
      action: action,
      dueDate: input.newDueDate,
    });
    return { dueDate: input.newDueDate, version: input.version + 1 };
  });
}
