// Rows for generating reports: "Concept-Kamerbrief maken", "OESO-vervolgrapport maken",
// accepting the Dutch text where English is missing, and "Opnieuw genereren", all
// for the Coördinator only (letters:manage), whatever the organisation; a refused attempt
// leaves a PERMISSION_REFUSED event.
import { idle } from "@/lib/actions/action-result";
import { FIXTURE_COMMITMENT_SEED_KEY, insertLetterDraft } from "@/test/letter-fixture";
import type { MatrixRows } from "./matrix";
import type { PrismaClient } from "@/lib/db-client";
import { toActor } from "@/lib/auth/to-actor";
import { createOecdReport } from "@/lib/reports/create-oecd-report";
import { getMissingEnglish } from "@/lib/reports/get-missing-english";

/** The demo's evaluation by the OECD Working Group on Bribery. */
function oecdEvaluation(prisma: PrismaClient) {
  return prisma.evaluation.findFirstOrThrow({ where: { evaluator: { contains: "OESO" } }, select: { id: true } });
}

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/rapportages/actions.ts#createLetterDraftAction",
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
      target: "app/(app)/rapportages/actions.ts#createOecdReportAction",
      permission: "letters:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, form }) => {
        const evaluation = await oecdEvaluation(prisma);
        return [idle, form({ evaluationId: evaluation.id })];
      },
    },
    {
      target: "app/(app)/rapportages/[id]/actions.ts#acceptDutchTextAction",
      permission: "letters:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, form }) => {
        const evaluation = await oecdEvaluation(prisma);
        const coordinator = await prisma.user.findUniqueOrThrow({
          where: { email: "coordinator@fin.demo.opvolging.nl" },
          include: { organisation: true },
        });
        const report = await createOecdReport({ actor: toActor(coordinator), input: { evaluationId: evaluation.id } });
        const missing = await getMissingEnglish({ id: report.letterDraftId, kind: "OECD_WGB" });
        return [
          idle,
          form({
            letterId: report.letterDraftId,
            [`item:${missing.items[0]!.key}`]: "on",
            reason: "Geaccepteerd in de matrix.",
          }),
        ];
      },
    },
    {
      target: "app/(app)/rapportages/actions.ts#regenerateLetterDraftAction",
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
