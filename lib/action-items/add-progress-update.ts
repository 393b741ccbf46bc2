// "Voortgang toevoegen": the model of every write in the app. In one transaction: the
// permission (a Bijdrager only on their own organisation's actions), the version the user
// saw, the status transition, the journal entry, the action's new state and its audit event.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { fromCalendarDate, today } from "@/lib/clock";
import { findTransition } from "@/lib/action-items/status-transitions";
import type { AddProgressUpdateInput } from "@/lib/validation/progress-update";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";

export type AddedProgressUpdate = { progressUpdateId: string; status: ActionStatus; percentDone: number; version: number };

export async function addProgressUpdate({ actor, input }: { actor: Actor; input: AddProgressUpdateInput }, tx?: Tx): Promise<AddedProgressUpdate> {
  return withTransaction(tx, async (tx) => {
    const action = await tx.actionItem.findUnique({
      where: { id: input.actionItemId },
      select: { id: true, ownerOrganisationId: true, status: true, percentDone: true, completedOn: true, cancelReason: true, version: true },
    });
    if (!action) throw new AppError("NOT_FOUND", nl.actionDetail.notFound);
    assertCan(actor, "actions:update", { organisationId: action.ownerOrganisationId, entityType: "ActionItem", entityId: action.id });
    // Checked before the transition: the user chose their status from the state they saw.
    if (action.version !== input.version) throw await conflictError(tx, { entityType: "ActionItem", id: action.id });

    const status = input.status ?? action.status;
    if (status !== action.status) {
      const transition = findTransition(action.status, status);
      if (!transition) {
        throw new AppError("INVALID", nl.actionDetail.transitionNotAllowed(nl.actionStatus[action.status], nl.actionStatus[status]), {
          fieldError: { field: "status", message: nl.actionDetail.transitionNotAllowed(nl.actionStatus[action.status], nl.actionStatus[status]) },
        });
      }
      // The update's text is the reason a coordinator-only transition asks for.
      assertCan(actor, transition.permission, { organisationId: action.ownerOrganisationId, entityType: "ActionItem", entityId: action.id });
    }

    const day = today();
    const percentDone = status === "DONE" ? 100 : (input.percentDone ?? action.percentDone);
    const completedOn = status === "DONE" ? (action.status === "DONE" ? action.completedOn : fromCalendarDate(day)) : null;
    const cancelReason = status === "CANCELLED" ? (action.status === "CANCELLED" ? action.cancelReason : input.text) : null;

    const update = await tx.progressUpdate.create({
      data: {
        actionItemId: action.id,
        authorId: actor.id,
        text: input.text,
        statusBefore: action.status,
        statusAfter: status,
        percentDone,
        occurredOn: fromCalendarDate(day),
      },
      select: { id: true },
    });
    await updateVersioned(tx, { entityType: "ActionItem", id: action.id, version: input.version }, (where) =>
      tx.actionItem.updateMany({ where, data: { status, percentDone, completedOn, cancelReason, ...nextVersion } }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "ActionItem",
      entityId: action.id,
      kind: status === action.status ? "PROGRESS_ADDED" : "STATUS_CHANGED",
      before: { status: action.status, percentDone: action.percentDone },
      after: { status, percentDone, progressUpdateId: update.id, text: input.text },
    });
    return { progressUpdateId: update.id, status, percentDone, version: input.version + 1 };
  });
}
