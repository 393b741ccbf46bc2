// The SQL pieces every dashboard section shares: the filters, the one pass over the actions
// that the sections read (DASHBOARD_ACTIONS_CTE), and the list limits. Values go in as bind
// parameters (Prisma.sql).
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";

/**
 * How many rows each list shows at most; the count is written out and the rest is one link
 * away (/acties, /aanbevelingen). Keeps the page light: every row costs about 1.5 kB of HTML
 * (the markup, and React's copy of it for hydration), and the page was 200 kB with 25–30.
 */
export const DASHBOARD_LIMITS = {
  progress: 10,
  upcoming: 5,
  overdue: 5,
  risks: 5,
  readiness: 5,
} as const;

/** How far ahead the deadline list looks. */
export const UPCOMING_DAYS = 90;

export const OPEN_STATUS_SQL = Prisma.sql`a."status" IN ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED')`;

/** The filters on `"ActionItem" a`, always a valid condition (TRUE without filters). */
export function actionFilterSql(filters: DashboardFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.organisationCode) {
    conditions.push(
      Prisma.sql`a."ownerOrganisationId" = (SELECT o2."id" FROM "Organisation" o2 WHERE o2."code" = ${filters.organisationCode})`,
    );
  }
  if (filters.evaluationId) {
    conditions.push(
      Prisma.sql`a."recommendationId" IN (SELECT r2."id" FROM "Recommendation" r2 WHERE r2."evaluationId" = ${filters.evaluationId})`,
    );
  }
  return Prisma.join(conditions, " AND ");
}

/** A commitment `c` belongs to the evaluation filter through its linked recommendations. */
export function commitmentFilterSql(filters: DashboardFilters): Prisma.Sql {
  if (!filters.evaluationId) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "CommitmentRecommendation" cr2 JOIN "Recommendation" r2 ON r2."id" = cr2."recommendationId"
                             WHERE cr2."commitmentId" = c."id" AND r2."evaluationId" = ${filters.evaluationId})`;
}

/**
 * `acts`: the actions under the evaluation filter, read from the table once per page (a
 * sequential scan of ActionItem is most of a section's cost on 10,000 actions, and five of
 * them were most of the page's), with only the narrow columns the sections compute with and `shown`
 * for the organisation filter. The recommendation section counts every action of a
 * recommendation; the others only the shown ones. Lists join the title and organisation
 * code to their few rows afterwards. MATERIALIZED: every section reads it, so it is
 * computed once.
 */
export function dashboardActionsCte(filters: DashboardFilters): Prisma.Sql {
  const evaluation = filters.evaluationId
    ? Prisma.sql`a."recommendationId" IN (SELECT r2."id" FROM "Recommendation" r2 WHERE r2."evaluationId" = ${filters.evaluationId})`
    : Prisma.sql`TRUE`;
  const shown = filters.organisationCode
    ? Prisma.sql`a."ownerOrganisationId" = (SELECT o2."id" FROM "Organisation" o2 WHERE o2."code" = ${filters.organisationCode})`
    : Prisma.sql`TRUE`;
  return Prisma.sql`acts AS MATERIALIZED (
    SELECT a."id", a."recommendationId", a."ownerOrganisationId", a."status", a."dueDate", a."percentDone",
           coalesce(a."startDate", (a."createdAt" AT TIME ZONE 'Europe/Amsterdam')::date) AS "startDate",
           -- kept by the database on every progress update (migration last_progress_on)
           a."lastProgressOn",
           ${shown} AS "shown"
      FROM "ActionItem" a
     WHERE ${evaluation}
  )`;
}

/** A JSON array of the rows of `query` (in `order`), '[]' when there are none. */
export function jsonRows(query: Prisma.Sql, order: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(x ORDER BY ${order}), '[]'::json) FROM (${query}) x)`;
}
