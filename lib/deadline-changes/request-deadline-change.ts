// A Bijdrager asks to move the deadline of an action of their own organisation: a PENDING
// request that a coordinator decides on. The deadline itself does not move. At most one
// request per action is pending at a time.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { notifyCoordinators } from "@/lib/notifications/notify";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { fromCalendarDate, now } from "@/lib/clock";
import type { DeadlineChangeInput } from "@/lib/validation/deadline-change";
import {
  assertOpen,
  assertValidNewDueDate,
  hasPendingRequest,
  lockActionItem,
} from "@/lib/deadline-changes/deadline-rules";

export async function requestDeadlineChange(
  { actor, input }: { actor: Actor; input: DeadlineChangeInput },
  tx?: Tx,
): Promise<{ deadlineChangeId: string }> {
  return withTransaction(tx, async (tx) => {
    const action = await lockActionItem(tx, input.actionItemId);
    assertCan(actor, "deadlines:propose", {
      organisationId: action.ownerOrganisationId,
      entityType: "ActionItem",
      entityId: action.id,
    });
    if (action.version !== input.version) throw await conflictError(tx, { entityType: "ActionItem", id: action.id });
    assertOpen(action);
    if (await hasPendingRequest(tx, action.id)) throw new AppError("INVALID", nl.actionDetail.deadlinePendingExists);
    assertValidNewDueDate(action, input.newDueDate);

    const request = await tx.deadlineChange.create({
      data: {
        actionItemId: action.id,
        oldDueDate: fromCalendarDate(action.dueDate),
        newDueDate: fromCalendarDate(input.newDueDate),
        reason: input.reason,
        requestedById: actor.id,
        createdAt: now(),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "DeadlineChange",
      entityId: request.id,
      kind: "DEADLINE_REQUESTED",
      before: { dueDate: action.dueDate },
      after: { dueDate: input.newDueDate, reason: input.reason },
    });
    await notifyCoordinators(tx, {
      actorId: actor.id,
      kind: "DEADLINE_REQUESTED",
      entityType: "ActionItem",
      entityId: action.id,
      data: { title: action.title, by: actor.name, dueDate: input.newDueDate },
    });
    return { deadlineChangeId: request.id };
  });
}
