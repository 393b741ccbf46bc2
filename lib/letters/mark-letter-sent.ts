// "Markeren als verzonden" (Coördinator): the vastgestelde letter went to the Kamer as a
// Kamerstuk. In one transaction: the ParliamentaryDocument is registered (a dossier and
// number already taken is refused next to the number), the letter points at it and is
// verzonden, and the commitment it fulfils is voldaan with that document, through the same
// operation as "Status van de toezegging vastleggen". Three audit events: the letter
// (LETTER_SENT), the document (CREATE) and the commitment (STATUS_CHANGED).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError, isAppError } from "@/lib/errors";
import { today } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { recordCommitmentOutcome } from "@/lib/commitments/record-commitment-outcome";
import { loadLetterForStep, writeLetterStep, type MovedLetter } from "@/lib/letters/letter-step";
import type { MarkLetterSentInput } from "@/lib/validation/letters-workflow";

/** A Kamerbrief's Kamerstuk; null for the OECD report, which has none (lib/reports/mark-report-sent.ts). */
export type SentLetter = MovedLetter & { documentId: string | null; kamerstuk: string | null };

/** "26  485" and "26 485" are one dossier. */
function normaliseDossier(dossier: string): string {
  return dossier.replace(/\s+/g, " ").trim();
}

function numberTaken(dossier: string, number: string): AppError {
  return new AppError("INVALID", nl.forms.checkFields, {
    fieldError: { field: "number", message: nl.letterWorkflow.validation.kamerstukTaken(dossier, number) },
  });
}

export async function markLetterSent(
  { actor, input }: { actor: Actor; input: MarkLetterSentInput },
  tx?: Tx,
): Promise<SentLetter> {
  return withTransaction(tx, async (tx) => {
    const letter = await loadLetterForStep(tx, actor, input, "SENT");
    if (letter.kind !== "KAMERBRIEF" || !letter.commitmentId)
      throw new AppError("INVALID", nl.reports.sentWithoutKamerstuk);
    const commitmentId = letter.commitmentId;
    if (input.sentOn > today()) {
      throw new AppError("INVALID", nl.forms.checkFields, {
        fieldError: { field: "sentOn", message: nl.letterWorkflow.validation.sentInFuture },
      });
    }
    const dossier = normaliseDossier(input.dossier);
    const number = input.number;
    if (await tx.parliamentaryDocument.findFirst({ where: { dossier, number }, select: { id: true } }))
      throw numberTaken(dossier, number);

    const commitment = await tx.commitment.findUniqueOrThrow({
      where: { id: commitmentId },
      select: { version: true },
    });
    const outcome = await recordCommitmentOutcome(
      {
        actor,
        input: {
          commitmentId,
          version: commitment.version,
          status: "FULFILLED",
          document: {
            kind: "new",
            document: {
              type: "LETTER",
              dossier,
              number,
              date: input.sentOn,
              title: letter.title,
              url: undefined,
              source: "Opvolging",
            },
          },
        },
      },
      tx,
    ).catch((error: unknown) => {
      // Registered by a colleague between the check above and the insert.
      if (isAppError(error) && error.details.fieldError?.field === "number") throw numberTaken(dossier, number);
      throw error;
    });
    const documentId = outcome.documentId!;
    const kamerstuk = nl.commitments.kamerstuk(dossier, number);
    const moved = await writeLetterStep(tx, actor, letter, {
      to: "SENT",
      kind: "LETTER_SENT",
      data: { sentDocumentId: documentId },
      before: { sentDocument: null },
      after: { sentDocument: kamerstuk, date: input.sentOn },
    });
    return { ...moved, documentId, kamerstuk };
  });
}
