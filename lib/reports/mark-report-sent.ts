// "Markeren als verzonden" for the OECD report: the vastgestelde report went to the Working
// Group's secretariat on a day; there is no Kamerstuk and no commitment to fulfil (those are
// the Kamerbrief's, lib/letters/mark-letter-sent.ts). The day is what the next report's
// "Wat is er veranderd" starts from.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { fromCalendarDate, today } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { loadLetterForStep, writeLetterStep } from "@/lib/letters/letter-step";
import type { SentLetter } from "@/lib/letters/mark-letter-sent";
import type { MarkReportSentInput } from "@/lib/validation/reports";

export async function markReportSent(
  { actor, input }: { actor: Actor; input: MarkReportSentInput },
  tx?: Tx,
): Promise<SentLetter> {
  return withTransaction(tx, async (tx) => {
    const letter = await loadLetterForStep(tx, actor, input, "SENT");
    if (letter.kind !== "OECD_WGB") throw new AppError("INVALID", nl.reports.sentNeedsKamerstuk);
    if (input.sentOn > today())
      throw new AppError("INVALID", nl.forms.checkFields, {
        fieldError: { field: "sentOn", message: nl.letterWorkflow.validation.sentInFuture },
      });
    const moved = await writeLetterStep(tx, actor, letter, {
      to: "SENT",
      kind: "LETTER_SENT",
      data: { sentOn: fromCalendarDate(input.sentOn) },
      before: { sentOn: null },
      after: { sentOn: input.sentOn },
    });
    return { ...moved, documentId: null, kamerstuk: null };
  });
}
