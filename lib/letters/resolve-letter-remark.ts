// "Afhandelen" of a remark (Coördinator), with an optional note on what was done with it.
// Against the remark's row version: resolving twice, or after a colleague, is a conflict.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { now } from "@/lib/clock";
import type { ResolveLetterRemarkInput } from "@/lib/validation/letters-edit";

export type ResolvedLetterRemark = { remarkId: string; letterId: string };

export async function resolveLetterRemark(
  { actor, input }: { actor: Actor; input: ResolveLetterRemarkInput },
  tx?: Tx,
): Promise<ResolvedLetterRemark> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "letters:manage", { entityType: "LetterRemark", entityId: input.remarkId });
    const remark = await tx.letterRemark.findUnique({
      where: { id: input.remarkId },
      select: { id: true, letterDraftId: true, version: true, resolvedAt: true },
    });
    if (!remark) throw new AppError("NOT_FOUND", nl.letterEditor.remarkNotFound);
    if (remark.version !== input.version || remark.resolvedAt)
      throw await conflictError(tx, { entityType: "LetterRemark", id: remark.id });
    await updateVersioned(tx, { entityType: "LetterRemark", id: remark.id, version: input.version }, (where) =>
      tx.letterRemark.updateMany({
        where: { ...where, resolvedAt: null },
        data: { resolvedAt: now(), resolvedById: actor.id, resolution: input.resolution ?? null, ...nextVersion },
      }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "LetterRemark",
      entityId: remark.id,
      kind: "REMARK_RESOLVED",
      before: { resolved: false },
      after: { resolved: true, resolution: input.resolution ?? null },
    });
    return { remarkId: remark.id, letterId: remark.letterDraftId };
  });
}
