// "Aanbeveling toevoegen" (Coördinator): a recommendation in an evaluation, with its number
// unique per evaluation, and its CREATE event in the same transaction.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import type { CreateRecommendationInput } from "@/lib/validation/recommendation";
import {
  assertNumberFree,
  resolveReferences,
  rethrowNumberTaken,
  snapshotOf,
} from "@/lib/recommendations/recommendation-record";

export type CreatedRecommendation = { recommendationId: string };

export async function createRecommendation(
  { actor, input }: { actor: Actor; input: CreateRecommendationInput },
  tx?: Tx,
): Promise<CreatedRecommendation> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "recommendations:manage", { entityType: "Evaluation", entityId: input.evaluationId });
    const references = await resolveReferences(tx, input);
    await assertNumberFree(tx, { evaluationId: input.evaluationId, number: input.number });

    const created = await tx.recommendation
      .create({
        data: {
          evaluationId: references.evaluation.id,
          number: input.number,
          title: input.title,
          text: input.text,
          titleEn: input.titleEn ?? null,
          textEn: input.textEn ?? null,
          theme: input.theme,
          cabinetResponse: input.cabinetResponse,
          leadOrganisationId: references.leadOrganisation.id,
        },
        select: { id: true },
      })
      .catch((error: unknown) => rethrowNumberTaken(error, input.number));

    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Recommendation",
      entityId: created.id,
      kind: "CREATE",
      after: snapshotOf(input, references),
    });
    return { recommendationId: created.id };
  });
}
