// "Nederlandse tekst accepteren" (Coördinator): for the named items of an English report that
// still lack their English, the Dutch text is accepted, with a reason (decision 042). Kept per
// report and item, and written to the audit trail with the items and the reason; only items
// the report's current snapshot names as missing, and only while the text may still change.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { isLetterTextEditable } from "@/lib/letters/letter-status";
import { getMissingEnglish } from "@/lib/reports/get-missing-english";
import { reportKind } from "@/lib/reports/report-kinds";
import type { AcceptDutchTextInput } from "@/lib/validation/reports";

export type AcceptedDutchText = { letterId: string; accepted: number };

export async function acceptDutchText(
  { actor, input }: { actor: Actor; input: AcceptDutchTextInput },
  tx?: Tx,
): Promise<AcceptedDutchText> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "letters:manage", { entityType: "LetterDraft", entityId: input.letterId });
    const letter = await tx.letterDraft.findUnique({
      where: { id: input.letterId },
      select: { id: true, kind: true, status: true },
    });
    if (!letter) throw new AppError("NOT_FOUND", nl.letterWorkflow.notFound);
    if (!reportKind(letter.kind).requiresEnglish) throw new AppError("INVALID", nl.reports.acceptNotNeeded);
    if (!isLetterTextEditable(letter.status))
      throw new AppError("INVALID", nl.reports.acceptLocked(nl.letterStatus[letter.status]));
    const missing = await getMissingEnglish(letter, tx);
    const byKey = new Map(missing.items.map((item) => [item.key, item]));
    const unknown = input.items.filter((key) => !byKey.has(key));
    if (unknown.length > 0)
      throw new AppError("INVALID", nl.forms.checkFields, {
        fieldError: { field: "items", message: nl.reports.acceptUnknownItem },
      });
    const chosen = input.items.map((key) => byKey.get(key)!).filter((item) => !item.accepted);
    if (chosen.length === 0) return { letterId: letter.id, accepted: 0 };
    await tx.dutchTextAcceptance.createMany({
      data: chosen.map((item) => ({
        letterDraftId: letter.id,
        entityType: item.entityType,
        entityId: item.entityId,
        field: item.field,
        reason: input.reason,
        acceptedById: actor.id,
        createdAt: now(),
      })),
      skipDuplicates: true,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "LetterDraft",
      entityId: letter.id,
      kind: "DUTCH_TEXT_ACCEPTED",
      after: { items: chosen.map((item) => item.key), reason: input.reason },
    });
    return { letterId: letter.id, accepted: chosen.length };
  });
}
