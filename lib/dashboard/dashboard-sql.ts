// The SQL pieces every dashboard section shares: the filters as conditions on
// `"ActionItem" a`, and the list limits. Values go in as bind parameters (Prisma.sql).
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";

/** How many rows each list shows at most; the rest is one link away (/acties). Keeps the page light. */
export const DASHBOARD_LIMITS = {
  progress: 10,
  upcoming: 25,
  overdue: 20,
  risks: 20,
  readiness: 30,
} as const;

/** How far ahead the deadline list looks. */
export const UPCOMING_DAYS = 90;

export const OPEN_STATUS_SQL = Prisma.sql`a."status" IN ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED')`;

/** The filters on `"ActionItem" a`, always a valid condition (TRUE without filters). */
export function actionFilterSql(filters: DashboardFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.organisationCode) {
    conditions.push(Prisma.sql`a."ownerOrganisationId" = (SELECT o2."id" FROM "Organisation" o2 WHERE o2."code" = ${filters.organisationCode})`);
  }
  if (filters.evaluationId) {
    conditions.push(Prisma.sql`a."recommendationId" IN (SELECT r2."id" FROM "Recommendation" r2 WHERE r2."evaluationId" = ${filters.evaluationId})`);
  }
  return Prisma.join(conditions, " AND ");
}

/** A commitment `c` belongs to the evaluation filter through its linked recommendations. */
export function commitmentFilterSql(filters: DashboardFilters): Prisma.Sql {
  if (!filters.evaluationId) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "CommitmentRecommendation" cr2 JOIN "Recommendation" r2 ON r2."id" = cr2."recommendationId"
                             WHERE cr2."commitmentId" = c."id" AND r2."evaluationId" = ${filters.evaluationId})`;
}
