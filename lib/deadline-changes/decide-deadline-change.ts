// A coordinator decides on a pending request: "Goedkeuren" moves the action's deadline (and
// raises its version), "Afwijzen" leaves it; both with a note (required when rejecting). Two
// coordinators deciding the same request: the second learns who decided first.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { notifyAboutAction } from "@/lib/notifications/notify";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate, fromCalendarDate, now, toCalendarDate, type CalendarDate } from "@/lib/clock";
import type { DecideDeadlineChangeInput } from "@/lib/validation/deadline-change";
import { lockActionItem } from "@/lib/deadline-changes/deadline-rules";

export type DeadlineDecision = { actionItemId: string; status: "APPROVED" | "REJECTED"; dueDate: CalendarDate };

export async function decideDeadlineChange(
  { actor, input }: { actor: Actor; input: DecideDeadlineChangeInput },
  tx?: Tx,
): Promise<DeadlineDecision> {
  return withTransaction(tx, async (tx) => {
    const found = await tx.deadlineChange.findUnique({
      where: { id: input.deadlineChangeId },
      select: { actionItemId: true },
    });
    if (!found) throw new AppError("NOT_FOUND", nl.actionDetail.deadlineRequestNotFound);
    assertCan(actor, "deadlines:approve", { entityType: "DeadlineChange", entityId: input.deadlineChangeId });
    // The action first, as every move of a deadline locks it: then the request, as it is now.
    const action = await lockActionItem(tx, found.actionItemId);
    const request = await tx.deadlineChange.findUniqueOrThrow({
      where: { id: input.deadlineChangeId },
      select: { id: true, status: true, version: true, newDueDate: true, reason: true, requestedById: true },
    });
    if (request.version !== input.version || request.status !== "PENDING")
      throw await conflictError(tx, { entityType: "DeadlineChange", id: request.id });

    const status = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
    const newDueDate = toCalendarDate(request.newDueDate);
    // The start date may have moved since the request was made.
    if (status === "APPROVED" && action.startDate && newDueDate < action.startDate) {
      throw new AppError("INVALID", nl.actionDetail.deadlineBeforeStart(formatCalendarDate(action.startDate)));
    }

    await updateVersioned(tx, { entityType: "DeadlineChange", id: request.id, version: input.version }, (where) =>
      tx.deadlineChange.updateMany({
        where: { ...where, status: "PENDING" },
        data: {
          status,
          decidedById: actor.id,
          decidedAt: now(),
          decisionNote: input.decisionNote ?? null,
          ...nextVersion,
        },
      }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "DeadlineChange",
      entityId: request.id,
      kind: status === "APPROVED" ? "DEADLINE_APPROVED" : "DEADLINE_REJECTED",
      before: { status: "PENDING" },
      after: { status, decisionNote: input.decisionNote ?? null },
    });
    // The one who asked learns the decision; the contact person (when someone else) that the deadline moved.
    await notifyAboutAction(tx, {
      actor,
      userIds: [request.requestedById],
      kind: "DEADLINE_DECIDED",
      action: action,
      dueDate: newDueDate,
      decision: status,
    });
    if (status === "REJECTED") return { actionItemId: action.id, status, dueDate: action.dueDate };
    if (action.contactUserId !== request.requestedById) {
      await notifyAboutAction(tx, {
        actor,
        userIds: [action.contactUserId],
        kind: "DEADLINE_MOVED",
        action: action,
        dueDate: newDueDate,
      });
    }

    // The action is locked: the version read above is the current one.
    await updateVersioned(tx, { entityType: "ActionItem", id: action.id, version: action.version }, (where) =>
      tx.actionItem.updateMany({ where, data: { dueDate: fromCalendarDate(newDueDate), ...nextVersion } }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "ActionItem",
      entityId: action.id,
      kind: "DEADLINE_CHANGED",
      before: { dueDate: action.dueDate },
      after: { dueDate: newDueDate, reason: request.reason },
    });
    return { actionItemId: action.id, status, dueDate: newDueDate };
  });
}
