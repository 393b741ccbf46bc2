// "Vaststellen" (Coördinator): the reviewed letter is fixed; its text is locked from now on.
// Refused while any remark is still open, naming how many, so nothing a reviewer said is
// passed over; and, for an English report, while an English text is missing and its Dutch
// not accepted.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { getMissingEnglish } from "@/lib/reports/get-missing-english";
import { loadLetterForStep, writeLetterStep, type MovedLetter } from "@/lib/letters/letter-step";
import type { LetterStepInput } from "@/lib/validation/letters-workflow";

export async function approveLetter(
  { actor, input }: { actor: Actor; input: LetterStepInput },
  tx?: Tx,
): Promise<MovedLetter> {
  return withTransaction(tx, async (tx) => {
    const letter = await loadLetterForStep(tx, actor, input, "APPROVED");
    // The status change first: it locks the letter's row, so the count below is not undercut
    // by a remark written in a transaction that also touches the letter; if remarks are open
    // the whole step rolls back.
    const moved = await writeLetterStep(tx, actor, letter, { to: "APPROVED", kind: "LETTER_APPROVED" });
    const open = await tx.letterRemark.count({ where: { letterDraftId: letter.id, resolvedAt: null } });
    if (open > 0) throw new AppError("INVALID", nl.letterWorkflow.openRemarks(open));
    // An English report: every English text it shows is entered, or its Dutch accepted (decision 042).
    const missing = await getMissingEnglish(letter, tx);
    if (missing.open > 0) throw new AppError("INVALID", nl.reports.englishMissing(missing.open));
    return moved;
  });
}
