// "OESO-vervolgrapport maken" (Coördinator): the OECD Working Group on Bribery's written
// follow-up report on one of its evaluations, generated as a Kamerbrief is (snapshot at
// today's peildatum, version 1, audit event), in English (decision 041).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { today } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import type { CreateOecdReportInput } from "@/lib/validation/letters-generate";
import { buildOecdSnapshot } from "@/lib/reports/build-oecd-snapshot";
import { composeOecdReport } from "@/lib/reports/compose-oecd-report";
import { insertReportDraft, type CreatedLetterDraft } from "@/lib/reports/insert-report-draft";

export async function createOecdReport(
  { actor, input }: { actor: Actor; input: CreateOecdReportInput },
  tx?: Tx,
): Promise<CreatedLetterDraft> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "letters:manage", { entityType: "LetterDraft", entityId: "nieuw" });
    const peildatum = today();
    const snapshot = await buildOecdSnapshot(tx, { evaluationId: input.evaluationId, peildatum });
    return insertReportDraft(tx, actor, {
      kind: "OECD_WGB",
      commitmentId: null,
      evaluationId: snapshot.evaluation.id,
      title: nl.reports.draftTitle(snapshot.evaluation.title),
      peildatum,
      snapshot,
      content: composeOecdReport(snapshot),
      about: { evaluation: snapshot.evaluation.title },
    });
  });
}
