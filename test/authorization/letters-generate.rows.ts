// Rows for generating Kamerbrieven: "Concept-Kamerbrief maken" and "Opnieuw genereren", both
// for the Coördinator only (letters:manage), whatever the organisation; a refused attempt
// leaves a PERMISSION_REFUSED event.
import { idle } from "@/lib/actions/action-result";
import { FIXTURE_COMMITMENT_SEED_KEY, insertLetterDraft } from "@/test/letter-fixture";
import type { MatrixRows } from "./matrix";

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/kamerbrieven/actions.ts#createLetterDraftAction",
      permission: "letters:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, form }) => {
        const commitment = await prisma.commitment.findUniqueOrThrow({
          where: { seedKey: FIXTURE_COMMITMENT_SEED_KEY },
          select: { id: true },
        });
        return [idle, form({ commitmentId: commitment.id })];
      },
    },
    {
      target: "app/(app)/kamerbrieven/actions.ts#regenerateLetterDraftAction",
      permission: "letters:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, form }) => {
        const { letterId } = await insertLetterDraft(prisma);
        return [idle, form({ letterDraftId: letterId, version: "1" })];
      },
    },
  ],
};
