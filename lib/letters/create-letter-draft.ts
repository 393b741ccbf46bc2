// "Concept-Kamerbrief maken" (Coördinator): in one transaction the letter, the snapshot of the
// data at today's peildatum, version 1 (GENERATED) composed from that snapshot, and the audit
// event. The snapshot is stored, never rebuilt: the letter can be reproduced exactly later.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { fromCalendarDate, now, today } from "@/lib/clock";
import { buildLetterSnapshot } from "@/lib/letters/build-letter-snapshot";
import { composeLetter } from "@/lib/letters/compose-letter";
import { nl } from "@/lib/i18n/nl";
import type { CreateLetterDraftInput } from "@/lib/validation/letters-generate";

export type CreatedLetterDraft = { letterDraftId: string; versionNumber: number };

export async function createLetterDraft(
  { actor, input }: { actor: Actor; input: CreateLetterDraftInput },
  tx?: Tx,
): Promise<CreatedLetterDraft> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "letters:manage", { entityType: "LetterDraft", entityId: "nieuw" });
    const peildatum = today();
    const snapshot = await buildLetterSnapshot(tx, { commitmentId: input.commitmentId, peildatum });
    const content = composeLetter(snapshot);
    const title = nl.letterList.draftTitle(snapshot.commitment.title);
    // Domain times from the one clock: a letter made in the demo of 3 April 2023 is of that day.
    const at = now();

    const letter = await tx.letterDraft.create({
      data: {
        commitmentId: snapshot.commitment.id,
        title,
        status: "DRAFT",
        createdById: actor.id,
        latestVersionNumber: 1,
        createdAt: at,
        updatedAt: at,
      },
      select: { id: true },
    });
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
    await tx.letterDraft.update({
      where: { id: letter.id },
      data: { snapshotId: stored.id, updatedAt: at },
      select: { id: true },
    });
    await tx.letterDraftVersion.create({
      data: {
        letterDraftId: letter.id,
        versionNumber: 1,
        kind: "GENERATED",
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
      kind: "LETTER_GENERATED",
      after: { title, commitment: snapshot.commitment.title, status: "DRAFT", latestVersionNumber: 1, peildatum },
    });
    return { letterDraftId: letter.id, versionNumber: 1 };
  });
}
