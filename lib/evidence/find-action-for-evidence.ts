// The action a piece of evidence is added to, and the permission to change its evidence:
// `actions:update` on the action's organisation (a Bijdrager only on their own).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";

export async function findActionForEvidence(
  tx: Tx,
  actor: Actor,
  actionItemId: string,
): Promise<{ id: string; ownerOrganisationId: string }> {
  const action = await tx.actionItem.findUnique({
    where: { id: actionItemId },
    select: { id: true, ownerOrganisationId: true },
  });
  if (!action) throw new AppError("NOT_FOUND", nl.actionDetail.notFound);
  assertCan(actor, "actions:update", {
    organisationId: action.ownerOrganisationId,
    entityType: "ActionItem",
    entityId: action.id,
  });
  return action;
}
