// The one place an action's status and percentage change: shared by "Voortgang toevoegen"
// and "Status wijzigen". In the caller's transaction: the permission (a Bijdrager only on
// their own organisation's actions), the version the user saw, the transition from the one
// table (with its own permission and reason rule), the journal entry, the action's new state
// and its audit event with the changed fields.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { fromCalendarDate, toCalendarDate, today } from "@/lib/clock";
import { findTransition } from "@/lib/action-items/status-transitions";
import { changedFields } from "@/lib/action-items/changed-fields";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";

export type ProgressEntry = {
  actionItemId: string;
  version: number;
  /** The journal's text, or how to word it from the transition (a status change without a reason). */
  text: string | ((from: ActionStatus, to: ActionStatus) => string);
  /** The same in English, for the OECD report; absent: not (yet) given. */
  textEn?: string;
  /** The new status; absent or equal to the current one: unchanged. */
  status?: ActionStatus;
  percentDone?: number;
  /** The reason a coordinator-only transition asks for (kept as cancelReason on cancelling). */
  reason?: string;
  /** Whether the status must change ("Status wijzigen"), or may stay ("Voortgang toevoegen"). */
  statusRequired: boolean;
  /** The form fields to put "reason missing" and "transition not allowed" next to. */
  fields: { status: string; reason: string };
};

export type RecordedProgress = { progressUpdateId: string; status: ActionStatus; percentDone: number; version: number };

export async function recordProgress(tx: Tx, actor: Actor, entry: ProgressEntry): Promise<RecordedProgress> {
  const action = await tx.actionItem.findUnique({
    where: { id: entry.actionItemId },
    select: {
      id: true,
      ownerOrganisationId: true,
      status: true,
      percentDone: true,
      completedOn: true,
      cancelReason: true,
      version: true,
    },
  });
  if (!action) throw new AppError("NOT_FOUND", nl.actionDetail.notFound);
  const target = { organisationId: action.ownerOrganisationId, entityType: "ActionItem", entityId: action.id } as const;
  assertCan(actor, "actions:update", target);
  // Checked before the transition: the user chose their status from the state they saw.
  if (action.version !== entry.version) throw await conflictError(tx, { entityType: "ActionItem", id: action.id });

  const status = entry.status ?? action.status;
  if (status === action.status && entry.statusRequired) {
    const message = nl.actionDetail.statusUnchanged(nl.actionStatus[status]);
    throw new AppError("INVALID", message, { fieldError: { field: entry.fields.status, message } });
  }
  if (status !== action.status) {
    const transition = findTransition(action.status, status);
    if (!transition) {
      const message = nl.actionDetail.transitionNotAllowed(nl.actionStatus[action.status], nl.actionStatus[status]);
      throw new AppError("INVALID", message, { fieldError: { field: entry.fields.status, message } });
    }
    assertCan(actor, transition.permission, target);
    if (transition.reasonRequired && !entry.reason) {
      throw new AppError("INVALID", nl.actionDetail.statusReasonRequired, {
        fieldError: { field: entry.fields.reason, message: nl.actionDetail.statusReasonRequired },
      });
    }
  }

  const text = typeof entry.text === "string" ? entry.text : entry.text(action.status, status);
  const day = today();
  const next = {
    status,
    percentDone: status === "DONE" ? 100 : (entry.percentDone ?? action.percentDone),
    // Afgerond keeps the day it was first marked done; any other status (reopening) clears it.
    completedOn: status === "DONE" ? (action.status === "DONE" ? action.completedOn : fromCalendarDate(day)) : null,
    cancelReason:
      status === "CANCELLED" ? (action.status === "CANCELLED" ? action.cancelReason : (entry.reason ?? null)) : null,
  };

  const update = await tx.progressUpdate.create({
    data: {
      actionItemId: action.id,
      authorId: actor.id,
      text,
      textEn: entry.textEn ?? null,
      statusBefore: action.status,
      statusAfter: status,
      percentDone: next.percentDone,
      occurredOn: fromCalendarDate(day),
    },
    select: { id: true },
  });
  await updateVersioned(tx, { entityType: "ActionItem", id: action.id, version: entry.version }, (where) =>
    tx.actionItem.updateMany({ where, data: { ...next, ...nextVersion } }),
  );
  const { before, after } = changedFields(
    {
      status: action.status,
      percentDone: action.percentDone,
      completedOn: calendarOrNull(action.completedOn),
      cancelReason: action.cancelReason,
    },
    {
      status,
      percentDone: next.percentDone,
      completedOn: calendarOrNull(next.completedOn),
      cancelReason: next.cancelReason,
    },
  );
  await recordAuditEvent(tx, {
    actorId: actor.id,
    entityType: "ActionItem",
    entityId: action.id,
    kind: status === action.status ? "PROGRESS_ADDED" : "STATUS_CHANGED",
    before,
    after: { ...after, text, ...(entry.textEn ? { textEn: entry.textEn } : {}) },
  });
  return { progressUpdateId: update.id, status, percentDone: next.percentDone, version: entry.version + 1 };
}

function calendarOrNull(date: Date | null): string | null {
  return date ? toCalendarDate(date) : null;
}
