// "Contactpersoon toewijzen" for the actions a coordinator ticked on /acties. Each action
// goes through the single-action write path (updateActionItem: permission, version,
// eligible contact, audit event) in a transaction of its own, so one stale or refused
// action is named while the others are saved (decision 039).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { withTransaction } from "@/lib/db-transaction";
import { AppError, isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { toCalendarDate } from "@/lib/clock";
import { recordRefusedAttempt } from "@/lib/actions/record-refused-attempt";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { updateActionItem } from "@/lib/action-items/update-action-item";
import type { BulkAssignContactInput } from "@/lib/validation/bulk-assign";

export type BulkFailure = { actionItemId: string; title: string; message: string };
export type BulkAssignResult = { changed: string[]; unchanged: string[]; failures: BulkFailure[] };

export async function assignContactInBulk({
  actor,
  input,
}: {
  actor: Actor;
  input: BulkAssignContactInput;
}): Promise<BulkAssignResult> {
  // The whole request first: a role that may change no action at all is refused outright.
  assertCan(actor, "actions:manage");
  const result: BulkAssignResult = { changed: [], unchanged: [], failures: [] };
  // The titles, to name a failure even when its own transaction read nothing.
  const titles = new Map(
    (
      await db().actionItem.findMany({
        where: { id: { in: input.actions.map((action) => action.id) } },
        select: { id: true, title: true },
      })
    ).map((action) => [action.id, action.title]),
  );
  for (const chosen of input.actions) {
    try {
      const outcome = await withTransaction(undefined, async (tx) => {
        const current = await tx.actionItem.findUnique({
          where: { id: chosen.id },
          select: { title: true, description: true, ownerOrganisationId: true, startDate: true, version: true },
        });
        if (!current) throw new AppError("NOT_FOUND", nl.actionDetail.notFound);
        // Only the contact person changes: the other fields as they are now. A stale version
        // is refused by updateActionItem before any of them is compared.
        return updateActionItem(
          {
            actor,
            input: {
              actionItemId: chosen.id,
              version: chosen.version,
              title: current.title,
              description: current.description,
              ownerOrganisationId: current.ownerOrganisationId,
              contactUserId: input.contactUserId,
              startDate: current.startDate ? toCalendarDate(current.startDate) : undefined,
            },
          },
          tx,
        );
      });
      (outcome.changed.length > 0 ? result.changed : result.unchanged).push(chosen.id);
    } catch (error) {
      const title = titles.get(chosen.id);
      result.failures.push({
        actionItemId: chosen.id,
        title: title ?? nl.bulkAssign.unknownAction(chosen.id),
        message: await failureMessage(actor, error, title !== undefined),
      });
    }
  }
  return result;
}

/** What to say about one action that was not saved; the others go on (the request stands). */
async function failureMessage(actor: Actor, error: unknown, exists: boolean): Promise<string> {
  if (!isAppError(error)) {
    return `${nl.errors.generic} ${nl.forms.errorReference(reportUnexpectedError(error, { actorId: actor.id }))}`;
  }
  if (error.code === "FORBIDDEN") await recordRefusedAttempt(actor, error);
  // An action changed without an audit event (by hand in the database) has no colleague to name.
  if (error.code === "NOT_FOUND" && exists) return nl.bulkAssign.changedMeanwhile;
  if (error.details.fieldError?.message === nl.actionDetail.formContactNotInOrganisation)
    return nl.bulkAssign.notInOrganisation;
  return error.message;
}
