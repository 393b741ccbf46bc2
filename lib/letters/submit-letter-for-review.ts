// "Ter review aanbieden" (Coördinator): the concept goes to review, where Bijdragers and
// Lezers can read it and Bijdragers leave remarks per section.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { loadLetterForStep, writeLetterStep, type MovedLetter } from "@/lib/letters/letter-step";
import type { LetterStepInput } from "@/lib/validation/letters-workflow";

export async function submitLetterForReview(
  { actor, input }: { actor: Actor; input: LetterStepInput },
  tx?: Tx,
): Promise<MovedLetter> {
  return withTransaction(tx, async (tx) => {
    const letter = await loadLetterForStep(tx, actor, input, "IN_REVIEW");
    return writeLetterStep(tx, actor, letter, { to: "IN_REVIEW", kind: "LETTER_SUBMITTED_FOR_REVIEW" });
  });
}
