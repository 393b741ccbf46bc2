// A remark on one section of a letter in review (Bijdrager, Coördinator). It is tied to the
// version it was made on, and to the section by its stable key, so it stays with the
// section through later edits.
import "server-only";
import { now } from "@/lib/clock";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { notifyUsers } from "@/lib/notifications/notify";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { parseLetterContent } from "@/lib/letters/letter-content";
import { acceptsRemarks, canReadLetter } from "@/lib/letters/letter-status";
import { sectionName } from "@/lib/letters/write-letter-version";
import type { AddLetterRemarkInput } from "@/lib/validation/letters-edit";

export type AddedLetterRemark = { remarkId: string; letterId: string };

export async function addLetterRemark(
  { actor, input }: { actor: Actor; input: AddLetterRemarkInput },
  tx?: Tx,
): Promise<AddedLetterRemark> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "letters:remark", { entityType: "LetterDraft", entityId: input.letterId });
    const letter = await tx.letterDraft.findUnique({
      where: { id: input.letterId },
      select: { id: true, title: true, status: true, latestVersionNumber: true, createdById: true },
    });
    if (!letter || !canReadLetter(actor, letter.status)) throw new AppError("NOT_FOUND", nl.letterEditor.notFound);
    if (!acceptsRemarks(letter.status)) throw new AppError("INVALID", nl.letterEditor.remarksOnlyInReview);
    const newest = await tx.letterDraftVersion.findUniqueOrThrow({
      where: { letterDraftId_versionNumber: { letterDraftId: letter.id, versionNumber: letter.latestVersionNumber } },
      select: { content: true },
    });
    const content = parseLetterContent(newest.content);
    const section = content.sections.find((candidate) => candidate.key === input.sectionKey);
    if (!section) throw new AppError("NOT_FOUND", nl.letterEditor.sectionNotFound);

    const remark = await tx.letterRemark.create({
      data: {
        letterDraftId: letter.id,
        sectionKey: section.key,
        versionNumber: letter.latestVersionNumber,
        text: input.text,
        authorId: actor.id,
        createdAt: now(),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "LetterRemark",
      entityId: remark.id,
      kind: "REMARK_ADDED",
      after: { section: sectionName(content, section), versionNumber: letter.latestVersionNumber, text: input.text },
    });
    await notifyUsers(tx, {
      actorId: actor.id,
      userIds: [letter.createdById],
      kind: "REMARK_ADDED",
      entityType: "LetterDraft",
      entityId: letter.id,
      data: { title: letter.title, by: actor.name },
    });
    return { remarkId: remark.id, letterId: letter.id };
  });
}
