// Recommendations on the dashboard: how many per implementation status, and the progress
// of the ones that need attention most (most overdue actions, then least done). The
// recommendations with their action counts from the database's tally and their overdue
// actions (`tally` and `late`, dashboard-sql.ts), part of get-dashboard's one statement.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import {
  countingActions,
  deriveImplementationStatusFromCounts,
  type ActionStatusCounts,
} from "@/lib/recommendations/derive-implementation-status";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { DASHBOARD_LIMITS, jsonRows } from "@/lib/dashboard/dashboard-sql";

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

export type RecommendationSectionRow = {
  id: string;
  number: number;
  title: string;
  statusOverride: ImplementationStatus | null;
  leadOrganisationCode: string;
  overdue: number;
} & ActionStatusCounts;

/** The recommendations under the filters with their action counts, as a JSON array. */
export function recommendationSectionSql(filters: DashboardFilters): Prisma.Sql {
  // With an organisation chosen: the recommendations it leads or has actions under. Their
  // status and progress stay the whole recommendation's (tally and late hold every
  // organisation's actions).
  const organisation = filters.organisationCode
    ? Prisma.sql`(lo."code" = ${filters.organisationCode} OR coalesce(s."anyShown", FALSE))`
    : Prisma.sql`TRUE`;
  const evaluation = filters.evaluationId ? Prisma.sql`r."evaluationId" = ${filters.evaluationId}` : Prisma.sql`TRUE`;
  return jsonRows(
    Prisma.sql`
      SELECT r."id", r."number", r."title", r."statusOverride"::text AS "statusOverride", lo."code" AS "leadOrganisationCode",
             coalesce(s."NOT_STARTED", 0) AS "NOT_STARTED", coalesce(s."IN_PROGRESS", 0) AS "IN_PROGRESS",
             coalesce(s."DELAYED", 0) AS "DELAYED", coalesce(s."DONE", 0) AS "DONE",
             coalesce(s."CANCELLED", 0) AS "CANCELLED", coalesce(l."overdue", 0) AS "overdue"
        FROM "Recommendation" r
        JOIN "Organisation" lo ON lo."id" = r."leadOrganisationId"
        LEFT JOIN (
          SELECT "recommendationId",
                 coalesce(sum("count") FILTER (WHERE "status" = 'NOT_STARTED'), 0)::int AS "NOT_STARTED",
                 coalesce(sum("count") FILTER (WHERE "status" = 'IN_PROGRESS'), 0)::int AS "IN_PROGRESS",
                 coalesce(sum("count") FILTER (WHERE "status" = 'DELAYED'), 0)::int AS "DELAYED",
                 coalesce(sum("count") FILTER (WHERE "status" = 'DONE'), 0)::int AS "DONE",
                 coalesce(sum("count") FILTER (WHERE "status" = 'CANCELLED'), 0)::int AS "CANCELLED",
                 bool_or("shown") AS "anyShown"
            FROM tally GROUP BY "recommendationId"
        ) s ON s."recommendationId" = r."id"
        LEFT JOIN (SELECT "recommendationId", count(*)::int AS "overdue" FROM late GROUP BY "recommendationId") l
          ON l."recommendationId" = r."id"
       WHERE ${evaluation} AND ${organisation}`,
    Prisma.sql`x."number", x."id"`,
  );
}

export function toRecommendationSection(rows: RecommendationSectionRow[]): RecommendationSection {
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
