// "Terug naar concept" (Coördinator): from review or vastgesteld back to concept, which
// unlocks the text again; the reason is kept in the audit trail.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { loadLetterForStep, writeLetterStep, type MovedLetter } from "@/lib/letters/letter-step";
import type { ReturnLetterToDraftInput } from "@/lib/validation/letters-workflow";

export async function returnLetterToDraft(
  { actor, input }: { actor: Actor; input: ReturnLetterToDraftInput },
  tx?: Tx,
): Promise<MovedLetter> {
  return withTransaction(tx, async (tx) => {
    const letter = await loadLetterForStep(tx, actor, input, "DRAFT");
    return writeLetterStep(tx, actor, letter, {
      to: "DRAFT",
      kind: "LETTER_RETURNED_TO_DRAFT",
      after: { reason: input.reason },
    });
  });
}
