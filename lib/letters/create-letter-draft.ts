// "Concept-Kamerbrief maken" (Coördinator): in one transaction the letter, the snapshot of the
// data at today's peildatum, version 1 (GENERATED) composed from that snapshot, and the audit
// event. The snapshot is stored, never rebuilt: the letter can be reproduced exactly later.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { today } from "@/lib/clock";
import { buildLetterSnapshot } from "@/lib/letters/build-letter-snapshot";
import { composeLetter } from "@/lib/letters/compose-letter";
import { nl } from "@/lib/i18n/nl";
import type { CreateLetterDraftInput } from "@/lib/validation/letters-generate";
import { insertReportDraft, type CreatedLetterDraft } from "@/lib/reports/insert-report-draft";

export type { CreatedLetterDraft };

export async function createLetterDraft(
  { actor, input }: { actor: Actor; input: CreateLetterDraftInput },
  tx?: Tx,
): Promise<CreatedLetterDraft> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "letters:manage", { entityType: "LetterDraft", entityId: "nieuw" });
    const peildatum = today();
    const snapshot = await buildLetterSnapshot(tx, { commitmentId: input.commitmentId, peildatum });
    return insertReportDraft(tx, actor, {
      kind: "KAMERBRIEF",
      commitmentId: snapshot.commitment.id,
      evaluationId: null,
      title: nl.letterList.draftTitle(snapshot.commitment.title),
      peildatum,
      snapshot,
      content: composeLetter(snapshot),
      about: { commitment: snapshot.commitment.title },
    });
  });
}
