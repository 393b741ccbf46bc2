// "Toezegging bewerken" (Coördinator): the details and the linked recommendations, against
// the version the form showed. Only the changed fields go into the UPDATE event; a save that
// changes nothing writes nothing. Links are replaced as a whole: the form shows them all.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { fromCalendarDate, toCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { documentLabel } from "@/lib/parliamentary-documents/register-parliamentary-document";
import type { UpdateCommitmentInput } from "@/lib/validation/commitment";
import { changedFields, resolveReferences, snapshotOf } from "@/lib/commitments/commitment-record";

export type UpdatedCommitment = { commitmentId: string; version: number; changed: boolean };

export async function updateCommitment(
  { actor, input }: { actor: Actor; input: UpdateCommitmentInput },
  tx?: Tx,
): Promise<UpdatedCommitment> {
  return withTransaction(tx, async (tx) => {
    const id = input.commitmentId;
    assertCan(actor, "commitments:manage", { entityType: "Commitment", entityId: id });
    const current = await tx.commitment.findUnique({
      where: { id },
      select: {
        title: true,
        originalWording: true,
        dueDate: true,
        origin: true,
        originDescription: true,
        responsibleMinister: true,
        source: true,
        version: true,
        originDocument: { select: { dossier: true, number: true, title: true } },
        recommendations: {
          orderBy: [{ recommendation: { evaluation: { title: "asc" } } }, { recommendation: { number: "asc" } }],
          select: { recommendation: { select: { number: true, title: true } } },
        },
      },
    });
    if (!current) throw new AppError("NOT_FOUND", nl.commitments.notFound);
    if (current.version !== input.version) throw await conflictError(tx, { entityType: "Commitment", id });

    const references = await resolveReferences(tx, input);
    const before = snapshotOf(
      { ...current, dueDate: toCalendarDate(current.dueDate) },
      {
        originDocument: current.originDocument ? { label: documentLabel(current.originDocument) } : null,
        recommendations: current.recommendations.map(({ recommendation }) => ({
          label: `${recommendation.number}. ${recommendation.title}`,
        })),
      },
    );
    const changes = changedFields(before, snapshotOf(input, references));
    if (Object.keys(changes.after).length === 0) return { commitmentId: id, version: current.version, changed: false };

    await updateVersioned(tx, { entityType: "Commitment", id, version: input.version }, (where) =>
      tx.commitment.updateMany({
        where,
        data: {
          title: input.title,
          originalWording: input.originalWording,
          dueDate: fromCalendarDate(input.dueDate),
          origin: input.origin,
          originDocumentId: input.origin === "PARLIAMENTARY_DOCUMENT" ? references.originDocument!.id : null,
          originDescription: input.originDescription ?? null,
          responsibleMinister: input.responsibleMinister,
          source: input.source,
          ...nextVersion,
        },
      }),
    );
    if ("recommendations" in changes.after) {
      const ids = references.recommendations.map((recommendation) => recommendation.id);
      await tx.commitmentRecommendation.deleteMany({ where: { commitmentId: id, recommendationId: { notIn: ids } } });
      await tx.commitmentRecommendation.createMany({
        data: ids.map((recommendationId) => ({ commitmentId: id, recommendationId })),
        skipDuplicates: true,
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Commitment",
      entityId: id,
      kind: "UPDATE",
      before: changes.before,
      after: changes.after,
    });
    return { commitmentId: id, version: input.version + 1, changed: true };
  });
}
