// Rows for the Aanbevelingen forms: add and edit a recommendation, set and lift its status
// by hand, and register an evaluation. All for the Coördinator only, whatever the
// organisation; a refused attempt leaves a PERMISSION_REFUSED event.
import { idle } from "@/lib/actions/action-result";
import type { MatrixContext, MatrixRows } from "./matrix";

/** A fresh evaluation with one recommendation, so that each call has a record of its own. */
async function freshRecommendation({ prisma, organisation }: MatrixContext, override = false) {
  const evaluation = await prisma.evaluation.create({
    data: { title: `Matrix ${crypto.randomUUID()}`, periodEvaluated: "Matrix", evaluator: "Matrix", source: "Matrix" },
  });
  return prisma.recommendation.create({
    data: {
      evaluationId: evaluation.id,
      number: 1,
      title: "Matrix",
      text: "Matrix",
      theme: "Matrix",
      cabinetResponse: "ADOPTED",
      leadOrganisationId: organisation.id,
      ...(override ? { statusOverride: "IMPLEMENTED" as const, statusOverrideReason: "Matrix" } : {}),
    },
  });
}

export const matrix: MatrixRows = {
  rows: [
    {
      target: "app/(app)/aanbevelingen/nieuw/actions.ts#createRecommendationAction",
      permission: "recommendations:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ prisma, organisation, form }) => {
        const evaluation = await prisma.evaluation.create({
          data: {
            title: `Matrix ${crypto.randomUUID()}`,
            periodEvaluated: "Matrix",
            evaluator: "Matrix",
            source: "Matrix",
          },
        });
        return [
          idle,
          form({
            evaluationId: evaluation.id,
            number: "1",
            title: "Uit de matrix",
            text: "Uit de matrix.",
            theme: "Matrix",
            cabinetResponse: "ADOPTED",
            leadOrganisationId: organisation.id,
          }),
        ];
      },
    },
    {
      target: "app/(app)/aanbevelingen/[id]/bewerken/actions.ts#updateRecommendationAction",
      permission: "recommendations:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async (context) => {
        const recommendation = await freshRecommendation(context);
        return [
          idle,
          context.form({
            recommendationId: recommendation.id,
            version: "1",
            evaluationId: recommendation.evaluationId,
            number: "1",
            title: "Gewijzigd in de matrix",
            text: "Matrix",
            theme: "Matrix",
            cabinetResponse: "PARTLY_ADOPTED",
            leadOrganisationId: recommendation.leadOrganisationId,
          }),
        ];
      },
    },
    {
      target: "app/(app)/aanbevelingen/[id]/actions.ts#overrideRecommendationStatusAction",
      permission: "recommendations:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async (context) => {
        const recommendation = await freshRecommendation(context);
        return [
          idle,
          context.form({
            recommendationId: recommendation.id,
            version: "1",
            status: "IMPLEMENTED",
            reason: "Uit de matrix.",
          }),
        ];
      },
    },
    {
      target: "app/(app)/aanbevelingen/[id]/actions.ts#clearRecommendationStatusOverrideAction",
      permission: "recommendations:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async (context) => {
        const recommendation = await freshRecommendation(context, true);
        return [idle, context.form({ recommendationId: recommendation.id, version: "1" })];
      },
    },
    {
      target: "app/(app)/aanbevelingen/evaluaties/nieuw/actions.ts#registerEvaluationAction",
      permission: "evaluations:manage",
      scoped: false,
      auditsRefusal: true,
      prepare: async ({ form }) => [
        idle,
        form({
          title: "Evaluatie uit de matrix",
          periodEvaluated: "2023",
          evaluator: "Matrix",
          reportDate: "2023-03-01",
          sentToParliamentOn: "",
          source: "Matrix",
        }),
      ],
    },
  ],
};
