// The English text of a progress update that was written without one: filled in once, by
// whoever may add progress to the action (decision 040). The journal stays append-only:
// the database allows this one change (NULL → text) on this one column and nothing else,
// so a second English text is refused here with a Dutch message and there as a last guard.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { AddProgressUpdateEnglishInput } from "@/lib/validation/progress-update-english";

export type AddedProgressUpdateEnglish = { progressUpdateId: string; actionItemId: string };

export async function addProgressUpdateEnglish(
  { actor, input }: { actor: Actor; input: AddProgressUpdateEnglishInput },
  tx?: Tx,
): Promise<AddedProgressUpdateEnglish> {
  return withTransaction(tx, async (tx) => {
    const update = await tx.progressUpdate.findUnique({
      where: { id: input.progressUpdateId },
      select: { id: true, textEn: true, actionItem: { select: { id: true, ownerOrganisationId: true } } },
    });
    if (!update) throw new AppError("NOT_FOUND", nl.actionDetail.progressNotFound);
    assertCan(actor, "actions:update", {
      organisationId: update.actionItem.ownerOrganisationId,
      entityType: "ProgressUpdate",
      entityId: update.id,
    });
    if (update.textEn !== null) throw new AppError("CONFLICT", nl.actionDetail.progressEnglishPresent);
    // Only while still empty: a colleague who filled it in first wins, and nobody overwrites it.
    const { count } = await tx.progressUpdate.updateMany({
      where: { id: update.id, textEn: null },
      data: { textEn: input.textEn },
    });
    if (count === 0) throw new AppError("CONFLICT", nl.actionDetail.progressEnglishPresent);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "ProgressUpdate",
      entityId: update.id,
      kind: "ENGLISH_ADDED",
      after: { textEn: input.textEn },
    });
    return { progressUpdateId: update.id, actionItemId: update.actionItem.id };
  });
}
