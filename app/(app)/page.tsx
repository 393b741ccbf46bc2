// The dashboard, the page after sign-in: what is late, what is due, and whether the next
// letter to parliament can be written. Filters (organisation, evaluation) in the URL.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/clock";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { actionListHrefFor, dashboardExportHref, parseDashboardFilters } from "@/lib/validation/dashboard-filters";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { DashboardTiles } from "@/components/dashboard/dashboard-tiles";
import { ActionsByOrganisation, RecommendationProgress } from "@/components/dashboard/dashboard-overview";
import { DeadlineTable, NextCommitmentPanel, RiskList } from "@/components/dashboard/dashboard-lists";
import { addDays } from "@/lib/calendar-date";
import { UPCOMING_DAYS } from "@/lib/dashboard/dashboard-sql";
import { getMyWork } from "@/lib/my-work/get-my-work";
import { MyWorkOnDashboard } from "@/components/my-work/my-work-list";

/** Mijn werk's first items on the dashboard; the rest is on /mijn-werk. */
const MY_WORK_ON_DASHBOARD = 5;

export const metadata: Metadata = { title: nl.dashboard.title };

const t = nl.dashboard;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requireUser();
  const [dashboard, myWork] = await Promise.all([
    getDashboard({ actor, filters: parseDashboardFilters(await searchParams) }),
    getMyWork({ actor }),
  ]);
  const { filters, today } = dashboard;
  const open = [
    ["status", "NOT_STARTED"],
    ["status", "IN_PROGRESS"],
    ["status", "DELAYED"],
  ] as const;

  return (
    <>
      <h1 className="utrecht-heading-1">{t.title}</h1>
      <p className="utrecht-paragraph lead">{t.intro(formatCalendarDate(today))}</p>
      {actor.role !== "READER" && <MyWorkOnDashboard work={myWork} limit={MY_WORK_ON_DASHBOARD} />}
      <DashboardFilters filters={filters} options={dashboard.options} />
      <p className="utrecht-paragraph dashboard-export">
        <a href={dashboardExportHref(filters)} className="utrecht-link" download>
          {t.exportLink}
        </a>{" "}
        <span className="dashboard-export__hint">{t.exportHint}</span>
      </p>
      <DashboardTiles
        recommendations={dashboard.recommendations}
        actions={dashboard.actions.tiles}
        filters={filters}
        today={today}
      />
      <div className="dashboard-columns">
        <NextCommitmentPanel commitment={dashboard.nextCommitment} />
        <DeadlineTable
          id="dashboard-te-laat"
          title={t.overdueTitle}
          intro={t.overdueIntro}
          none={t.overdueNone}
          caption={t.overdueCaption}
          list={dashboard.overdue}
          overdue
          moreHref={actionListHrefFor(filters, [["te-laat", "1"]])}
        />
      </div>
      <DeadlineTable
        id="dashboard-deadlines"
        title={t.upcomingTitle}
        intro={t.upcomingIntro}
        none={t.upcomingNone}
        caption={t.upcomingCaption}
        list={dashboard.upcoming}
        moreHref={actionListHrefFor(filters, [
          ["van", today],
          ["tot", addDays(today, UPCOMING_DAYS)],
        ])}
      />
      <RiskList section={dashboard.risks} moreHref={actionListHrefFor(filters, [...open])} />
      <RecommendationProgress section={dashboard.recommendations} />
      <ActionsByOrganisation rows={dashboard.actions.byOrganisation} />
    </>
  );
}
