// "Bewijsstuk toevoegen" with a link: an http(s) address (the schema refused any other
// scheme) and a title, with its audit event.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { now } from "@/lib/clock";
import { findActionForEvidence } from "@/lib/evidence/find-action-for-evidence";
import type { AddedEvidence } from "@/lib/evidence/add-evidence-file";

export type AddEvidenceLinkInput = { actionItemId: string; title: string; url: string };

export async function addEvidenceLink(
  { actor, input }: { actor: Actor; input: AddEvidenceLinkInput },
  tx?: Tx,
): Promise<AddedEvidence> {
  return withTransaction(tx, async (tx) => {
    const action = await findActionForEvidence(tx, actor, input.actionItemId);
    const evidence = await tx.evidence.create({
      data: {
        actionItemId: action.id,
        kind: "LINK",
        title: input.title,
        url: input.url,
        addedById: actor.id,
        createdAt: now(),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Evidence",
      entityId: evidence.id,
      kind: "EVIDENCE_ADDED",
      after: { actionItemId: action.id, kind: "LINK", title: input.title, url: input.url },
    });
    return { evidenceId: evidence.id };
  });
}
