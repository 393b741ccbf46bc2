// A coordinator creates an action under a recommendation: owner, contact person (of that
// owner), start date (optional) and due date. Audit CREATE with what was set. The reference
// is the next free one, or the one a spreadsheet import gives ("3.7", of this recommendation).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { notifyAboutAction } from "@/lib/notifications/notify";
import { nl } from "@/lib/i18n/nl";
import { fromCalendarDate } from "@/lib/clock";
import type { CreateActionItemInput } from "@/lib/validation/action-item";
import { checkOwnerAndContact, fieldError } from "@/lib/action-items/owner-and-contact";
import { nextActionReference } from "@/lib/action-items/next-action-reference";

export async function createActionItem(
  { actor, input }: { actor: Actor; input: CreateActionItemInput & { reference?: string } },
  tx?: Tx,
): Promise<{ actionItemId: string }> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "actions:manage", { entityType: "Recommendation", entityId: input.recommendationId });
    const recommendation = await tx.recommendation.findUnique({
      where: { id: input.recommendationId },
      select: { id: true, number: true },
    });
    if (!recommendation) throw fieldError("recommendationId", nl.actionDetail.formRecommendationUnknown);
    const { organisation, contact } = await checkOwnerAndContact(tx, input.ownerOrganisationId, input.contactUserId);
    if (input.reference !== undefined && !new RegExp(`^${recommendation.number}\\.[0-9]{1,6}$`).test(input.reference)) {
      throw fieldError("reference", nl.dataImport.rowErrors.referencePrefix(recommendation.number));
    }
    const reference = input.reference ?? (await nextActionReference(tx, recommendation));

    const action = await tx.actionItem.create({
      data: {
        recommendationId: recommendation.id,
        reference,
        title: input.title,
        description: input.description,
        titleEn: input.titleEn ?? null,
        descriptionEn: input.descriptionEn ?? null,
        ownerOrganisationId: organisation.id,
        contactUserId: contact.id,
        startDate: input.startDate ? fromCalendarDate(input.startDate) : null,
        dueDate: fromCalendarDate(input.dueDate),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "ActionItem",
      entityId: action.id,
      kind: "CREATE",
      after: {
        recommendation: recommendation.number,
        reference,
        title: input.title,
        description: input.description,
        titleEn: input.titleEn ?? null,
        descriptionEn: input.descriptionEn ?? null,
        ownerOrganisation: organisation.code,
        contactUser: contact.name,
        startDate: input.startDate ?? null,
        dueDate: input.dueDate,
        status: "NOT_STARTED",
      },
    });
    await notifyAboutAction(tx, {
      actor,
      userIds: [contact.id],
      kind: "ACTION_ASSIGNED",
      action: { id: action.id, title: input.title },
      dueDate: input.dueDate,
    });
    return { actionItemId: action.id };
  });
}
