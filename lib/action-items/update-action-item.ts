// A coordinator edits an action's details: title, description, owner, contact person and
// start date. Not the due date: that moves only through "Deadline wijzigen". The version the
// form was rendered with must still be current; the audit event holds the changed fields only.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { notifyAboutAction } from "@/lib/notifications/notify";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate, fromCalendarDate, toCalendarDate } from "@/lib/clock";
import type { UpdateActionItemInput } from "@/lib/validation/action-item";
import { checkOwnerAndContact, fieldError } from "@/lib/action-items/owner-and-contact";
import { changedFields } from "@/lib/action-items/changed-fields";

export type UpdatedActionItem = { actionItemId: string; changed: string[]; version: number };

export async function updateActionItem(
  { actor, input }: { actor: Actor; input: UpdateActionItemInput },
  tx?: Tx,
): Promise<UpdatedActionItem> {
  return withTransaction(tx, async (tx) => {
    const action = await tx.actionItem.findUnique({
      where: { id: input.actionItemId },
      select: {
        id: true,
        title: true,
        description: true,
        titleEn: true,
        descriptionEn: true,
        startDate: true,
        dueDate: true,
        version: true,
        ownerOrganisation: { select: { id: true, code: true } },
        contactUser: { select: { id: true, name: true } },
      },
    });
    if (!action) throw new AppError("NOT_FOUND", nl.actionDetail.notFound);
    assertCan(actor, "actions:manage", {
      organisationId: action.ownerOrganisation.id,
      entityType: "ActionItem",
      entityId: action.id,
    });
    if (action.version !== input.version) throw await conflictError(tx, { entityType: "ActionItem", id: action.id });
    const { organisation, contact } = await checkOwnerAndContact(tx, input.ownerOrganisationId, input.contactUserId);
    const dueDate = toCalendarDate(action.dueDate);
    if (input.startDate && input.startDate > dueDate)
      throw fieldError("startDate", nl.actionDetail.formStartAfterDue(formatCalendarDate(dueDate)));

    const { before, after, changed } = changedFields(
      {
        title: action.title,
        description: action.description,
        titleEn: action.titleEn,
        descriptionEn: action.descriptionEn,
        ownerOrganisation: action.ownerOrganisation.code,
        contactUser: action.contactUser?.name ?? null,
        startDate: action.startDate ? toCalendarDate(action.startDate) : null,
      },
      {
        title: input.title,
        description: input.description,
        titleEn: input.titleEn ?? null,
        descriptionEn: input.descriptionEn ?? null,
        ownerOrganisation: organisation.code,
        contactUser: contact.name,
        startDate: input.startDate ?? null,
      },
    );
    // A contact person of the same name is still another person.
    if (action.contactUser?.id !== contact.id && !changed.includes("contactUser")) {
      changed.push("contactUser");
      before.contactUser = action.contactUser?.name ?? null;
      after.contactUser = contact.name;
    }
    if (changed.length === 0) return { actionItemId: action.id, changed, version: action.version };

    await updateVersioned(tx, { entityType: "ActionItem", id: action.id, version: input.version }, (where) =>
      tx.actionItem.updateMany({
        where,
        data: {
          title: input.title,
          description: input.description,
          titleEn: input.titleEn ?? null,
          descriptionEn: input.descriptionEn ?? null,
          ownerOrganisationId: organisation.id,
          contactUserId: contact.id,
          startDate: input.startDate ? fromCalendarDate(input.startDate) : null,
          ...nextVersion,
        },
      }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "ActionItem",
      entityId: action.id,
      kind: "UPDATE",
      before,
      after,
    });
    // Here, in the one write path for an action's details, so that every way of assigning
    // (the form, the import, a change of many at once) tells the new contact person.
    if (action.contactUser?.id !== contact.id) {
      await notifyAboutAction(tx, {
        actor,
        userIds: [contact.id],
        kind: "ACTION_ASSIGNED",
        action: { id: action.id, title: input.title },
        dueDate: dueDate,
      });
    }
    return { actionItemId: action.id, changed, version: input.version + 1 };
  });
}
