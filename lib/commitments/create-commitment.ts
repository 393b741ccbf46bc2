// "Toezegging toevoegen" (Coördinator): the commitment, its links to recommendations and its
// CREATE event in one transaction.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { fromCalendarDate } from "@/lib/clock";
import type { CreateCommitmentInput } from "@/lib/validation/commitment";
import { resolveReferences, snapshotOf } from "@/lib/commitments/commitment-record";

export type CreatedCommitment = { commitmentId: string };

export async function createCommitment(
  { actor, input }: { actor: Actor; input: CreateCommitmentInput },
  tx?: Tx,
): Promise<CreatedCommitment> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "commitments:manage", { entityType: "Commitment", entityId: "nieuw" });
    const references = await resolveReferences(tx, input);
    const isDocument = input.origin === "PARLIAMENTARY_DOCUMENT";
    const created = await tx.commitment.create({
      data: {
        title: input.title,
        originalWording: input.originalWording,
        dueDate: fromCalendarDate(input.dueDate),
        origin: input.origin,
        originDocumentId: isDocument ? references.originDocument!.id : null,
        originDescription: input.originDescription ?? null,
        responsibleMinister: input.responsibleMinister,
        source: input.source,
        recommendations: { create: references.recommendations.map(({ id }) => ({ recommendationId: id })) },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Commitment",
      entityId: created.id,
      kind: "CREATE",
      after: snapshotOf({ ...input, originDescription: input.originDescription ?? null }, references),
    });
    return { commitmentId: created.id };
  });
}
