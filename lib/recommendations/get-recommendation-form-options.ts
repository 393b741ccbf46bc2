// The choices of the recommendation form: the evaluations and the organisations (short
// lists), and the next free number per evaluation, for the Coördinator's create and edit pages.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { compareEvaluations } from "@/lib/evaluations/evaluation-order";

export type RecommendationFormOptions = {
  evaluations: { id: string; title: string }[];
  organisations: { id: string; code: string; name: string }[];
  /** Per evaluation the number after its highest, to suggest for the next recommendation. */
  nextNumber: Record<string, number>;
};

export async function getRecommendationFormOptions({ actor }: { actor: Actor }): Promise<RecommendationFormOptions> {
  assertCan(actor, "recommendations:read");
  const [evaluations, organisations, highest] = await Promise.all([
    db().evaluation.findMany({
      select: { id: true, title: true, reportDate: true, sentToParliamentOn: true, createdAt: true },
    }),
    db().organisation.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } }),
    db().recommendation.groupBy({ by: ["evaluationId"], _max: { number: true } }),
  ]);
  const nextNumber = Object.fromEntries(highest.map((row) => [row.evaluationId, (row._max.number ?? 0) + 1]));
  return {
    evaluations: evaluations.sort(compareEvaluations).map(({ id, title }) => ({ id, title })),
    organisations,
    nextNumber,
  };
}
