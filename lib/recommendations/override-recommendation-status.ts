// "Status vaststellen" (Coördinator): a status on the internal scale that wins over the one
// derived from the actions, with the reason why. One STATUS_OVERRIDDEN event; who and when
// are read back from it on the recommendation's page.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { OverrideRecommendationStatusInput } from "@/lib/validation/recommendation";

export type OverriddenStatus = { recommendationId: string; version: number };

export async function overrideRecommendationStatus(
  { actor, input }: { actor: Actor; input: OverrideRecommendationStatusInput },
  tx?: Tx,
): Promise<OverriddenStatus> {
  return withTransaction(tx, async (tx) => {
    const id = input.recommendationId;
    assertCan(actor, "recommendations:manage", { entityType: "Recommendation", entityId: id });
    const current = await tx.recommendation.findUnique({
      where: { id },
      select: { statusOverride: true, statusOverrideReason: true, version: true },
    });
    if (!current) throw new AppError("NOT_FOUND", nl.recommendationDetail.notFound);
    if (current.version !== input.version) throw await conflictError(tx, { entityType: "Recommendation", id });

    await updateVersioned(tx, { entityType: "Recommendation", id, version: input.version }, (where) =>
      tx.recommendation.updateMany({
        where,
        data: { statusOverride: input.status, statusOverrideReason: input.reason, ...nextVersion },
      }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Recommendation",
      entityId: id,
      kind: "STATUS_OVERRIDDEN",
      before: { statusOverride: current.statusOverride, statusOverrideReason: current.statusOverrideReason },
      after: { statusOverride: input.status, statusOverrideReason: input.reason },
    });
    return { recommendationId: id, version: input.version + 1 };
  });
}
