// "Aanbeveling bewerken" (Coördinator): the details of a recommendation, against the
// version the form showed. Only the changed fields go into the UPDATE event; a save that
// changes nothing writes nothing.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { UpdateRecommendationInput } from "@/lib/validation/recommendation";
import {
  assertNumberFree,
  changedFields,
  resolveReferences,
  rethrowNumberTaken,
  snapshotOf,
} from "@/lib/recommendations/recommendation-record";

export type UpdatedRecommendation = { recommendationId: string; version: number; changed: boolean };

export async function updateRecommendation(
  { actor, input }: { actor: Actor; input: UpdateRecommendationInput },
  tx?: Tx,
): Promise<UpdatedRecommendation> {
  return withTransaction(tx, async (tx) => {
    const id = input.recommendationId;
    assertCan(actor, "recommendations:manage", { entityType: "Recommendation", entityId: id });
    const current = await tx.recommendation.findUnique({
      where: { id },
      select: {
        id: true,
        evaluationId: true,
        number: true,
        title: true,
        text: true,
        titleEn: true,
        textEn: true,
        theme: true,
        cabinetResponse: true,
        version: true,
        evaluation: { select: { title: true } },
        leadOrganisation: { select: { code: true } },
      },
    });
    if (!current) throw new AppError("NOT_FOUND", nl.recommendationDetail.notFound);
    if (current.version !== input.version) throw await conflictError(tx, { entityType: "Recommendation", id });

    const references = await resolveReferences(tx, input);
    if (references.evaluation.id !== current.evaluationId || input.number !== current.number) {
      await assertNumberFree(tx, { evaluationId: references.evaluation.id, number: input.number, exceptId: id });
    }
    const { before, after } = changedFields(snapshotOf(current, current), snapshotOf(input, references));
    if (Object.keys(after).length === 0) return { recommendationId: id, version: current.version, changed: false };

    await updateVersioned(tx, { entityType: "Recommendation", id, version: input.version }, (where) =>
      tx.recommendation
        .updateMany({
          where,
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
            ...nextVersion,
          },
        })
        .catch((error: unknown) => rethrowNumberTaken(error, input.number)),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Recommendation",
      entityId: id,
      kind: "UPDATE",
      before,
      after,
    });
    return { recommendationId: id, version: input.version + 1, changed: true };
  });
}
