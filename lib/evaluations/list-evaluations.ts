// Every evaluation, in the order the app lists them (lib/evaluations/evaluation-order.ts):
// for the API's /evaluations. Everyone signed in reads them. One statement.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { toCalendarDate, type CalendarDate } from "@/lib/clock";
import { compareEvaluations } from "@/lib/evaluations/evaluation-order";

export type EvaluationSummary = {
  id: string;
  title: string;
  periodEvaluated: string;
  evaluator: string;
  reportDate: CalendarDate | null;
  sentToParliamentOn: CalendarDate | null;
  source: string;
};

export async function listEvaluations({ actor }: { actor: Actor }): Promise<EvaluationSummary[]> {
  assertCan(actor, "recommendations:read");
  const rows = await db().evaluation.findMany({
    select: {
      id: true,
      title: true,
      periodEvaluated: true,
      evaluator: true,
      reportDate: true,
      sentToParliamentOn: true,
      source: true,
      createdAt: true,
    },
  });
  return rows.sort(compareEvaluations).map((row) => ({
    id: row.id,
    title: row.title,
    periodEvaluated: row.periodEvaluated,
    evaluator: row.evaluator,
    reportDate: row.reportDate ? toCalendarDate(row.reportDate) : null,
    sentToParliamentOn: row.sentToParliamentOn ? toCalendarDate(row.sentToParliamentOn) : null,
    source: row.source,
  }));
}
