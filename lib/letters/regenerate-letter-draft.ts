// "Opnieuw genereren" (Coördinator), for every report kind: while the text may still change (concept, ter review), a
// new snapshot at today's peildatum and a new version (REGENERATED) composed from it, keeping
// the current version's Ons kenmerk and signatories (the letter's own settings, not data).
// Older versions keep pointing at their own snapshot. Optimistic: the version the coordinator
// saw must still be the letter's version.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { AppError } from "@/lib/errors";
import { fromCalendarDate, now, toCalendarDate, today } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { buildReportSnapshot, composeReport } from "@/lib/reports/report-snapshot";
import { parseLetterContent } from "@/lib/letters/letter-content";
import { isLetterTextEditable } from "@/lib/letters/letter-status";
import type { RegenerateLetterDraftInput } from "@/lib/validation/letters-generate";

export type RegeneratedLetterDraft = { letterDraftId: string; versionNumber: number };

export async function regenerateLetterDraft(
  { actor, input }: { actor: Actor; input: RegenerateLetterDraftInput },
  tx?: Tx,
): Promise<RegeneratedLetterDraft> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "letters:manage", { entityType: "LetterDraft", entityId: input.letterDraftId });
    const letter = await tx.letterDraft.findUnique({
      where: { id: input.letterDraftId },
      select: {
        id: true,
        status: true,
        kind: true,
        commitmentId: true,
        evaluationId: true,
        latestVersionNumber: true,
        snapshot: { select: { peildatum: true } },
      },
    });
    if (!letter) throw new AppError("NOT_FOUND", nl.errors.recordGone);
    if (!isLetterTextEditable(letter.status))
      throw new AppError("INVALID", nl.letterList.regenerateLocked(nl.letterStatus[letter.status]));
    const current = await tx.letterDraftVersion.findUnique({
      where: { letterDraftId_versionNumber: { letterDraftId: letter.id, versionNumber: letter.latestVersionNumber } },
      select: { content: true },
    });
    const kept = current ? parseLetterContent(current.content) : null;

    const peildatum = today();
    const snapshot = await buildReportSnapshot(tx, letter, peildatum);
    const content = composeReport(snapshot, kept);
    const versionNumber = letter.latestVersionNumber + 1;
    const at = now();

    const stored = await tx.letterSnapshot.create({
      data: {
        letterDraftId: letter.id,
        peildatum: fromCalendarDate(peildatum),
        data: snapshot,
        createdById: actor.id,
        createdAt: at,
      },
      select: { id: true },
    });
    await updateVersioned(tx, { entityType: "LetterDraft", id: letter.id, version: input.version }, (where) =>
      tx.letterDraft.updateMany({
        where,
        data: { snapshotId: stored.id, latestVersionNumber: versionNumber, updatedAt: at, ...nextVersion },
      }),
    );
    await tx.letterDraftVersion.create({
      data: {
        letterDraftId: letter.id,
        versionNumber,
        kind: "REGENERATED",
        content,
        snapshotId: stored.id,
        createdById: actor.id,
        createdAt: at,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "LetterDraft",
      entityId: letter.id,
      kind: "LETTER_REGENERATED",
      before: {
        latestVersionNumber: letter.latestVersionNumber,
        peildatum: letter.snapshot ? toCalendarDate(letter.snapshot.peildatum) : null,
      },
      after: { latestVersionNumber: versionNumber, peildatum },
    });
    return { letterDraftId: letter.id, versionNumber };
  });
}
