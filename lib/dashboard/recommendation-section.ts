// Recommendations on the dashboard: how many per implementation status, and the progress
// of the ones that need attention most (most overdue actions, then least done). One
// statement: the recommendations with their action counts aggregated in SQL.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import { db } from "@/lib/db";
import type { CalendarDate } from "@/lib/clock";
import { countingActions, deriveImplementationStatusFromCounts, type ActionStatusCounts } from "@/lib/recommendations/derive-implementation-status";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { DASHBOARD_LIMITS } from "@/lib/dashboard/dashboard-sql";

export type RecommendationProgressRow = {
  id: string;
  number: number;
  title: string;
  leadOrganisationCode: string;
  status: ImplementationStatus;
  counting: number;
  done: number;
  percent: number;
  overdue: number;
};

export type RecommendationSection = {
  total: number;
  byStatus: Record<ImplementationStatus, number>;
  /** The top rows only (DASHBOARD_LIMITS.progress). */
  progress: RecommendationProgressRow[];
};

type Row = { id: string; number: number; title: string; statusOverride: ImplementationStatus | null; leadOrganisationCode: string; overdue: number } & ActionStatusCounts;

export async function getRecommendationSection(filters: DashboardFilters, today: CalendarDate): Promise<RecommendationSection> {
  // With an organisation chosen: the recommendations it leads or has actions under. Their
  // status and progress stay the whole recommendation's.
  const organisation = filters.organisationCode
    ? Prisma.sql`(lo."code" = ${filters.organisationCode} OR EXISTS (SELECT 1 FROM "ActionItem" a2 JOIN "Organisation" o2 ON o2."id" = a2."ownerOrganisationId"
                                                                   WHERE a2."recommendationId" = r."id" AND o2."code" = ${filters.organisationCode}))`
    : Prisma.sql`TRUE`;
  const evaluation = filters.evaluationId ? Prisma.sql`r."evaluationId" = ${filters.evaluationId}` : Prisma.sql`TRUE`;
  const rows = await db().$queryRaw<Row[]>`
    SELECT r."id", r."number", r."title", r."statusOverride"::text AS "statusOverride", lo."code" AS "leadOrganisationCode",
           coalesce(s."NOT_STARTED", 0)::int AS "NOT_STARTED", coalesce(s."IN_PROGRESS", 0)::int AS "IN_PROGRESS",
           coalesce(s."DELAYED", 0)::int AS "DELAYED", coalesce(s."DONE", 0)::int AS "DONE",
           coalesce(s."CANCELLED", 0)::int AS "CANCELLED", coalesce(s."overdue", 0)::int AS "overdue"
      FROM "Recommendation" r
      JOIN "Organisation" lo ON lo."id" = r."leadOrganisationId"
      LEFT JOIN (
        SELECT "recommendationId",
               count(*) FILTER (WHERE "status" = 'NOT_STARTED') AS "NOT_STARTED",
               count(*) FILTER (WHERE "status" = 'IN_PROGRESS') AS "IN_PROGRESS",
               count(*) FILTER (WHERE "status" = 'DELAYED') AS "DELAYED",
               count(*) FILTER (WHERE "status" = 'DONE') AS "DONE",
               count(*) FILTER (WHERE "status" = 'CANCELLED') AS "CANCELLED",
               count(*) FILTER (WHERE "status" IN ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED') AND "dueDate" < ${today}::date) AS "overdue"
          FROM "ActionItem" GROUP BY "recommendationId"
      ) s ON s."recommendationId" = r."id"
     WHERE ${evaluation} AND ${organisation}`;

  const byStatus: Record<ImplementationStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 0, DELAYED: 0, IMPLEMENTED: 0 };
  const all = rows.map((row): RecommendationProgressRow => {
    const status = row.statusOverride ?? deriveImplementationStatusFromCounts(row);
    byStatus[status] += 1;
    const counting = countingActions(row);
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      leadOrganisationCode: row.leadOrganisationCode,
      status,
      counting,
      done: row.DONE,
      percent: counting === 0 ? 0 : Math.round((row.DONE / counting) * 100),
      overdue: row.overdue,
    };
  });
  const progress = all
    .filter((row) => row.status !== "IMPLEMENTED")
    .sort((a, b) => b.overdue - a.overdue || a.percent - b.percent || a.number - b.number || a.id.localeCompare(b.id))
    .slice(0, DASHBOARD_LIMITS.progress);
  return { total: rows.length, byStatus, progress };
}
