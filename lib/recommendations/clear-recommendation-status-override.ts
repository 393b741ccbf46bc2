// "Vastgestelde status opheffen" (Coördinator): the status follows the actions again. The
// STATUS_OVERRIDDEN event records the override that was lifted.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { ClearRecommendationStatusOverrideInput } from "@/lib/validation/recommendation";

export type ClearedStatusOverride = { recommendationId: string; version: number };

export async function clearRecommendationStatusOverride(
  { actor, input }: { actor: Actor; input: ClearRecommendationStatusOverrideInput },
  tx?: Tx,
): Promise<ClearedStatusOverride> {
  return withTransaction(tx, async (tx) => {
    const id = input.recommendationId;
    assertCan(actor, "recommendations:manage", { entityType: "Recommendation", entityId: id });
    const current = await tx.recommendation.findUnique({
      where: { id },
      select: { statusOverride: true, statusOverrideReason: true, version: true },
    });
    if (!current) throw new AppError("NOT_FOUND", nl.recommendationDetail.notFound);
    if (current.version !== input.version) throw await conflictError(tx, { entityType: "Recommendation", id });
    if (current.statusOverride === null) throw new AppError("INVALID", nl.recommendationDetail.override.nothingToClear);

    await updateVersioned(tx, { entityType: "Recommendation", id, version: input.version }, (where) =>
      tx.recommendation.updateMany({
        where,
        data: { statusOverride: null, statusOverrideReason: null, ...nextVersion },
      }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Recommendation",
      entityId: id,
      kind: "STATUS_OVERRIDDEN",
      before: { statusOverride: current.statusOverride, statusOverrideReason: current.statusOverrideReason },
      after: { statusOverride: null, statusOverrideReason: null },
    });
    return { recommendationId: id, version: input.version + 1 };
  });
}
