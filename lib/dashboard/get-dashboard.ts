// The dashboard (/): every section under the organisation and evaluation filters, computed
// from today(). A fixed number of statements whatever the data size: the two filter
// lookups, then side by side the next parliamentary deadline (index lookups) and one
// statement for the rest, which returns each section as a JSON column. That statement
// reads no whole table of actions: the counts come from a tally the database keeps
// (ActionItemTally), the deadline lists from index ranges, the risk flags from the open
// actions in an index that holds only the columns they need (dashboard-sql.ts). A repeat view
// of unchanged data is one statement: the result is cached under the database's stamp, which
// every committed change renews (dashboard-cache.ts, decision 051).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { today as clockToday, type CalendarDate } from "@/lib/clock";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import {
  recommendationSectionSql,
  toRecommendationSection,
  type RecommendationSection,
  type RecommendationSectionRow,
} from "@/lib/dashboard/recommendation-section";
import {
  actionSectionSql,
  toActionSection,
  type ActionSection,
  type ActionSectionRow,
} from "@/lib/dashboard/action-section";
import {
  overdueSql,
  toDeadlineList,
  upcomingSql,
  type DeadlineList,
  type DeadlineSectionRow,
} from "@/lib/dashboard/deadline-section";
import { getNextCommitment, type NextCommitment } from "@/lib/dashboard/next-commitment-section";
import { riskSectionSql, toRiskSection, type RiskSection, type RiskSectionRow } from "@/lib/dashboard/risk-section";
import { dashboardCtes, type DatabaseClient } from "@/lib/dashboard/dashboard-sql";
import { DashboardCache, dashboardCacheKey } from "@/lib/dashboard/dashboard-cache";

export type DashboardOptions = {
  organisations: { code: string; name: string }[];
  evaluations: { id: string; title: string }[];
};

export type Dashboard = {
  today: CalendarDate;
  filters: DashboardFilters;
  options: DashboardOptions;
  recommendations: RecommendationSection;
  actions: ActionSection;
  upcoming: DeadlineList;
  overdue: DeadlineList;
  nextCommitment: NextCommitment | null;
  risks: RiskSection;
};

export async function getDashboard({
  actor,
  filters: requested,
}: {
  actor: Actor;
  filters: DashboardFilters;
}): Promise<Dashboard> {
  assertCan(actor, "recommendations:read");
  const today = clockToday();
  const keyOf = (stamp: string) =>
    dashboardCacheKey({
      stamp,
      today,
      organisationCode: requested.organisationCode,
      evaluationId: requested.evaluationId,
    });
  // A hit costs one small statement: the stamp as last committed.
  const cached = cache.get(keyOf(await readStamp(db())));
  if (cached) return cached;
  // A miss reads the stamp and every section in one snapshot, so that what is stored under
  // the stamp is what the database held when that stamp was current.
  const { stamp, dashboard } = await db().$transaction(
    async (tx) => ({ stamp: await readStamp(tx), dashboard: await computeDashboard(tx, requested, today) }),
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
  cache.set(keyOf(stamp), dashboard);
  return dashboard;
}

const cache = new DashboardCache<Dashboard>();

/** The cache's entries are shared between requests; tests empty it to count a miss's statements. */
export function clearDashboardCache(): void {
  cache.clear();
}

/** "none" until the first change after the migration: every such database holds the same data. */
async function readStamp(client: DatabaseClient): Promise<string> {
  const rows = await client.$queryRaw<{ stamp: string }[]>`SELECT "stamp" FROM "DashboardStamp" WHERE "id" = 1`;
  return rows[0]?.stamp ?? "none";
}

async function computeDashboard(
  client: DatabaseClient,
  requested: DashboardFilters,
  today: CalendarDate,
): Promise<Dashboard> {
  const [organisations, evaluations] = await Promise.all([
    client.organisation.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    client.evaluation.findMany({
      select: { id: true, title: true },
      orderBy: [{ reportDate: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  // A stale or hand-edited choice falls back to "all", as the filter form then shows.
  const filters: DashboardFilters = {
    organisationCode: organisations.some((organisation) => organisation.code === requested.organisationCode)
      ? requested.organisationCode
      : undefined,
    evaluationId: evaluations.some((evaluation) => evaluation.id === requested.evaluationId)
      ? requested.evaluationId
      : undefined,
  };
  const [[sections], nextCommitment] = await Promise.all([
    client.$queryRaw<SectionsRow[]>(Prisma.sql`
      WITH ${dashboardCtes(filters, today)}
      SELECT ${recommendationSectionSql(filters)} AS "recommendations",
             ${actionSectionSql(today)} AS "actions",
             ${upcomingSql(filters, today)} AS "upcoming",
             ${overdueSql(filters, today)} AS "overdue",
             ${riskSectionSql(filters, today)} AS "risks"`),
    getNextCommitment(filters, today, client),
  ]);
  if (!sections) throw new Error("Het dashboard gaf geen rij terug");
  return {
    today,
    filters,
    options: { organisations, evaluations },
    recommendations: toRecommendationSection(sections.recommendations),
    actions: toActionSection(sections.actions, filters, organisations),
    upcoming: toDeadlineList(sections.upcoming, today),
    overdue: toDeadlineList(sections.overdue, today),
    nextCommitment,
    risks: toRiskSection(sections.risks, today),
  };
}

type SectionsRow = {
  recommendations: RecommendationSectionRow[];
  actions: ActionSectionRow[];
  upcoming: DeadlineSectionRow[];
  overdue: DeadlineSectionRow[];
  risks: RiskSectionRow[];
};
