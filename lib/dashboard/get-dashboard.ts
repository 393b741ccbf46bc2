// The dashboard (/): every section under the organisation and evaluation filters, computed
// from today(). A fixed number of statements whatever the data size: the two filter
// lookups, then six aggregate or limited statements side by side.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { today as clockToday, type CalendarDate } from "@/lib/clock";
import type { DashboardFilters } from "@/lib/validation/dashboard-filters";
import { getRecommendationSection, type RecommendationSection } from "@/lib/dashboard/recommendation-section";
import { getActionSection, type ActionSection } from "@/lib/dashboard/action-section";
import { getOverdue, getUpcomingDeadlines, type DeadlineList } from "@/lib/dashboard/deadline-section";
import { getNextCommitment, type NextCommitment } from "@/lib/dashboard/next-commitment-section";
import { getRiskSection, type RiskSection } from "@/lib/dashboard/risk-section";

export type DashboardOptions = { organisations: { code: string; name: string }[]; evaluations: { id: string; title: string }[] };

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

export async function getDashboard({ actor, filters: requested }: { actor: Actor; filters: DashboardFilters }): Promise<Dashboard> {
  assertCan(actor, "recommendations:read");
  const today = clockToday();
  const [organisations, evaluations] = await Promise.all([
    db().organisation.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db().evaluation.findMany({ select: { id: true, title: true }, orderBy: [{ reportDate: "asc" }, { createdAt: "asc" }] }),
  ]);
  // A stale or hand-edited choice falls back to "all", as the filter form then shows.
  const filters: DashboardFilters = {
    organisationCode: organisations.some((organisation) => organisation.code === requested.organisationCode) ? requested.organisationCode : undefined,
    evaluationId: evaluations.some((evaluation) => evaluation.id === requested.evaluationId) ? requested.evaluationId : undefined,
  };
  const [recommendations, actions, upcoming, overdue, nextCommitment, risks] = await Promise.all([
    getRecommendationSection(filters, today),
    getActionSection(filters, today, organisations),
    getUpcomingDeadlines(filters, today),
    getOverdue(filters, today),
    getNextCommitment(filters, today),
    getRiskSection(filters, today),
  ]);
  return { today, filters, options: { organisations, evaluations }, recommendations, actions, upcoming, overdue, nextCommitment, risks };
}
