// Removing evidence: soft (removedAt), so the row and its audit trail stay; with the
// version the user saw, so a colleague's removal in between is reported, not repeated.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { now } from "@/lib/clock";
import type { RemoveEvidenceInput } from "@/lib/validation/evidence";

export type RemovedEvidence = { evidenceId: string; title: string };

export async function removeEvidence(
  { actor, input }: { actor: Actor; input: RemoveEvidenceInput },
  tx?: Tx,
): Promise<RemovedEvidence> {
  return withTransaction(tx, async (tx) => {
    const evidence = await tx.evidence.findUnique({
      where: { id: input.evidenceId },
      select: {
        id: true,
        actionItemId: true,
        kind: true,
        title: true,
        fileName: true,
        url: true,
        removedAt: true,
        version: true,
        actionItem: { select: { ownerOrganisationId: true } },
      },
    });
    if (!evidence || evidence.actionItemId !== input.actionItemId)
      throw new AppError("NOT_FOUND", nl.evidence.notFound);
    assertCan(actor, "actions:update", {
      organisationId: evidence.actionItem.ownerOrganisationId,
      entityType: "Evidence",
      entityId: evidence.id,
    });
    if (evidence.version !== input.version || evidence.removedAt)
      throw await conflictError(tx, { entityType: "Evidence", id: evidence.id });

    await updateVersioned(tx, { entityType: "Evidence", id: evidence.id, version: input.version }, (where) =>
      tx.evidence.updateMany({ where: { ...where, removedAt: null }, data: { removedAt: now(), ...nextVersion } }),
    );
    // The same description before and after, so the change reads "Verwijderd: nee → ja".
    const described = {
      actionItemId: evidence.actionItemId,
      kind: evidence.kind,
      title: evidence.title,
      fileName: evidence.fileName,
      url: evidence.url,
    };
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Evidence",
      entityId: evidence.id,
      kind: "EVIDENCE_REMOVED",
      before: { ...described, removed: false },
      after: { ...described, removed: true },
    });
    return { evidenceId: evidence.id, title: evidence.title };
  });
}
