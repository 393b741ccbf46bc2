// Rows for the Kamerbrief workflow (letters:manage, Coördinator only) and the two downloads
// (letters:read: everyone who may read the letter; a letter in review is readable by all).
import { idle } from "@/lib/actions/action-result";
import type { LetterStatus } from "@/lib/generated/prisma/enums.ts";
import { insertLetterDraft } from "@/test/letter-fixture";
import type { MatrixContext, MatrixRow, MatrixRows } from "./matrix";

const WORKFLOW = "app/(app)/rapportages/[id]/workflow-actions.ts";

function step(name: string, status: LetterStatus, fields: (letterId: string) => Record<string, string>): MatrixRow {
  return {
    target: `${WORKFLOW}#${name}`,
    permission: "letters:manage",
    scoped: false,
    auditsRefusal: true,
    prepare: async ({ prisma, form }: MatrixContext) => {
      const { letterId } = await insertLetterDraft(prisma, { status });
      return [idle, form({ letterId, version: "1", ...fields(letterId) })];
    },
  };
}

function download(format: "word" | "pdf"): MatrixRow {
  return {
    target: `app/(app)/rapportages/[id]/${format}/route.ts#GET`,
    permission: "letters:read",
    scoped: false,
    auditsRefusal: false,
    prepare: async ({ prisma }: MatrixContext) => {
      const { letterId } = await insertLetterDraft(prisma, { status: "IN_REVIEW" });
      return [
        new Request(`http://localhost/rapportages/${letterId}/${format}`),
        { params: Promise.resolve({ id: letterId }) },
      ];
    },
  };
}

export const matrix: MatrixRows = {
  rows: [
    step("submitLetterForReviewAction", "DRAFT", () => ({})),
    step("approveLetterAction", "IN_REVIEW", () => ({})),
    step("returnLetterToDraftAction", "APPROVED", () => ({ reason: "Nieuwe cijfers uit de matrix." })),
    step("markLetterSentAction", "APPROVED", () => ({
      dossier: "77 777",
      number: crypto.randomUUID().slice(0, 8),
      sentOn: "2023-04-01",
    })),
    download("word"),
    download("pdf"),
  ],
};
