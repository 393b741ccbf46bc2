// The owning organisation and contact person of an action, checked together: the contact
// person is an active user of the owning organisation. Errors go next to the form field.
import "server-only";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";

export type OwnerAndContact = { organisation: { id: string; code: string }; contact: { id: string; name: string } };

export async function checkOwnerAndContact(
  tx: Tx,
  ownerOrganisationId: string,
  contactUserId: string,
): Promise<OwnerAndContact> {
  const [organisation, contact] = await Promise.all([
    tx.organisation.findUnique({ where: { id: ownerOrganisationId }, select: { id: true, code: true } }),
    tx.user.findUnique({
      where: { id: contactUserId },
      select: { id: true, name: true, active: true, organisationId: true },
    }),
  ]);
  if (!organisation) throw fieldError("ownerOrganisationId", nl.actionDetail.formOrganisationUnknown);
  if (!contact || !contact.active) throw fieldError("contactUserId", nl.actionDetail.formContactInactive);
  if (contact.organisationId !== organisation.id)
    throw fieldError("contactUserId", nl.actionDetail.formContactNotInOrganisation);
  return { organisation, contact: { id: contact.id, name: contact.name } };
}

export function fieldError(field: string, message: string): AppError {
  return new AppError("INVALID", message, { fieldError: { field, message } });
}
