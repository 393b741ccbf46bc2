// The SQL pieces every dashboard section shares: the filters, the small sources the sections
// read (dashboardCtes), and the list limits. Values go in as bind
// parameters (Prisma.sql).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client.ts";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { addDays, type CalendarDate } from "@/lib/clock";

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

/** The pool or the transaction of a cache miss (get-dashboard.ts): every section reads through it. */
export type DatabaseClient = Pick<PrismaClient, "$queryRaw" | "organisation" | "evaluation">;

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
 * The pieces every section reads, each from a small source instead of the whole ActionItem
 * table (reading all 10,000 wide rows was most of the page's database time):
 * - `tally`: the action counts per recommendation, organisation and status, kept by the
 *   database (ActionItemTally, migration action_item_tally), under the evaluation filter,
 *   with `shown` for the organisation filter. The recommendation section counts every
 *   action of a recommendation; the others only the shown ones.
 * - `late`: the open actions past their deadline (all organisations, `shown` marks the chosen one).
 * - `ahead`: the actions that are not cancelled with a deadline from today to the end of
 *   the upcoming list's window.
 * `late` and `ahead` are ranges of ActionItem_dashboard_idx, read from the index alone.
 */
export function dashboardCtes(filters: DashboardFilters, today: CalendarDate): Prisma.Sql {
  const evaluation = (alias: string) =>
    filters.evaluationId
      ? Prisma.sql`${Prisma.raw(alias)}."recommendationId" IN (SELECT r2."id" FROM "Recommendation" r2 WHERE r2."evaluationId" = ${filters.evaluationId})`
      : Prisma.sql`TRUE`;
  const shown = (alias: string) =>
    filters.organisationCode
      ? Prisma.sql`${Prisma.raw(alias)}."ownerOrganisationId" = (SELECT o2."id" FROM "Organisation" o2 WHERE o2."code" = ${filters.organisationCode})`
      : Prisma.sql`TRUE`;
  const until = addDays(today, UPCOMING_DAYS);
  return Prisma.sql`tally AS MATERIALIZED (
    SELECT t."recommendationId", t."ownerOrganisationId", t."status", t."count", ${shown("t")} AS "shown"
      FROM "ActionItemTally" t
     WHERE t."count" > 0 AND ${evaluation("t")}
  ), late AS MATERIALIZED (
    SELECT a."id", a."recommendationId", a."ownerOrganisationId", a."status", a."dueDate", ${shown("a")} AS "shown"
      FROM "ActionItem" a
     WHERE a."status" IN ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED') AND a."dueDate" < ${today}::date AND ${evaluation("a")}
  ), ahead AS MATERIALIZED (
    SELECT a."id", a."ownerOrganisationId", a."status", a."dueDate", ${shown("a")} AS "shown"
      FROM "ActionItem" a
     WHERE a."status" IN ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'DONE')
       AND a."dueDate" >= ${today}::date AND a."dueDate" <= ${until}::date AND ${evaluation("a")}
  )`;
}

/** A JSON array of the rows of `query` (in `order`), '[]' when there are none. */
export function jsonRows(query: Prisma.Sql, order: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(x ORDER BY ${order}), '[]'::json) FROM (${query}) x)`;
}
