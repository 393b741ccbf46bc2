// The recommendations overview, grouped by evaluation: per recommendation its lead
// organisation, progress (share of the counting actions done), open and overdue actions,
// and the implementation status. Three statements whatever the number of actions: the
// evaluations, the recommendations, and one aggregate over the actions in SQL.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { today, toCalendarDate, type CalendarDate } from "@/lib/clock";
import {
  countingActions,
  deriveImplementationStatusFromCounts,
  toOecdGrade,
  type ActionStatusCounts,
  type OecdGrade,
} from "@/lib/recommendations/derive-implementation-status";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import { compareEvaluations } from "@/lib/evaluations/evaluation-order";

export type RecommendationProgress = {
  /** Actions that count: all but the cancelled ones. */
  counting: number;
  done: number;
  /** Whole percent of the counting actions done; 0 without counting actions. */
  percent: number;
  open: number;
  /** Open and past their deadline (before today). */
  overdue: number;
};

export type RecommendationListItem = {
  id: string;
  number: number;
  title: string;
  theme: string;
  isIllustrative: boolean;
  leadOrganisation: { code: string; name: string };
  progress: RecommendationProgress;
  status: ImplementationStatus;
  statusOverridden: boolean;
  oecdGrade: OecdGrade;
};

export type EvaluationGroup = {
  evaluation: {
    id: string;
    title: string;
    evaluator: string;
    reportDate: CalendarDate | null;
    sentToParliamentOn: CalendarDate | null;
  };
  recommendations: RecommendationListItem[];
};

type ActionStatsRow = { recommendationId: string; overdue: number } & ActionStatusCounts;

const NO_ACTIONS: ActionStatsRow = {
  recommendationId: "",
  NOT_STARTED: 0,
  IN_PROGRESS: 0,
  DELAYED: 0,
  DONE: 0,
  CANCELLED: 0,
  overdue: 0,
};

export async function listRecommendations({ actor }: { actor: Actor }): Promise<EvaluationGroup[]> {
  assertCan(actor, "recommendations:read");
  const day = today();
  const [evaluations, recommendations, stats] = await Promise.all([
    db().evaluation.findMany({
      select: { id: true, title: true, evaluator: true, reportDate: true, sentToParliamentOn: true, createdAt: true },
    }),
    db().recommendation.findMany({
      orderBy: [{ number: "asc" }, { id: "asc" }],
      select: {
        id: true,
        evaluationId: true,
        number: true,
        title: true,
        theme: true,
        isIllustrative: true,
        statusOverride: true,
        leadOrganisation: { select: { code: true, name: true } },
      },
    }),
    // The counts from the tally the database keeps (ActionItemTally), the overdue ones from
    // the open actions' deadline index: no pass over all 10,000 actions.
    db().$queryRaw<ActionStatsRow[]>`
      SELECT t."recommendationId",
             coalesce(sum(t."count") FILTER (WHERE t."status" = 'NOT_STARTED'), 0)::int AS "NOT_STARTED",
             coalesce(sum(t."count") FILTER (WHERE t."status" = 'IN_PROGRESS'), 0)::int AS "IN_PROGRESS",
             coalesce(sum(t."count") FILTER (WHERE t."status" = 'DELAYED'), 0)::int AS "DELAYED",
             coalesce(sum(t."count") FILTER (WHERE t."status" = 'DONE'), 0)::int AS "DONE",
             coalesce(sum(t."count") FILTER (WHERE t."status" = 'CANCELLED'), 0)::int AS "CANCELLED",
             coalesce(max(late."overdue"), 0)::int AS "overdue"
        FROM "ActionItemTally" t
        LEFT JOIN (SELECT a."recommendationId", count(*) AS "overdue" FROM "ActionItem" a
                    WHERE a."status" IN ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED') AND a."dueDate" < ${day}::date
                    GROUP BY a."recommendationId") late ON late."recommendationId" = t."recommendationId"
       GROUP BY t."recommendationId"
      HAVING sum(t."count") > 0`,
  ]);

  const statsByRecommendation = new Map(stats.map((row) => [row.recommendationId, row]));
  const groups = new Map<string, EvaluationGroup>(
    evaluations.sort(compareEvaluations).map((evaluation) => [
      evaluation.id,
      {
        evaluation: {
          id: evaluation.id,
          title: evaluation.title,
          evaluator: evaluation.evaluator,
          reportDate: evaluation.reportDate ? toCalendarDate(evaluation.reportDate) : null,
          sentToParliamentOn: evaluation.sentToParliamentOn ? toCalendarDate(evaluation.sentToParliamentOn) : null,
        },
        recommendations: [],
      },
    ]),
  );

  for (const { evaluationId, statusOverride, ...recommendation } of recommendations) {
    const counts = statsByRecommendation.get(recommendation.id) ?? NO_ACTIONS;
    const status = statusOverride ?? deriveImplementationStatusFromCounts(counts);
    groups.get(evaluationId)?.recommendations.push({
      ...recommendation,
      progress: progressOf(counts),
      status,
      statusOverridden: statusOverride !== null,
      oecdGrade: toOecdGrade(status),
    });
  }
  return [...groups.values()];
}

function progressOf(counts: ActionStatsRow): RecommendationProgress {
  const counting = countingActions(counts);
  return {
    counting,
    done: counts.DONE,
    percent: counting === 0 ? 0 : Math.round((counts.DONE / counting) * 100),
    open: counts.NOT_STARTED + counts.IN_PROGRESS + counts.DELAYED,
    overdue: counts.overdue,
  };
}
