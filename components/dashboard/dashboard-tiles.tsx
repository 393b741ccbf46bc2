// The tiles: recommendations per implementation status, and the action counts, each action
// tile a link to the matching /acties view.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { addDays, type CalendarDate } from "@/lib/calendar-date";
import { DEADLINE_SOON_DAYS } from "@/lib/action-items/deadline-state";
import type { RecommendationSection } from "@/lib/dashboard/recommendation-section";
import type { ActionTiles } from "@/lib/dashboard/action-section";
import { actionListHrefFor, type DashboardFilters } from "@/lib/validation/dashboard-filters";
import { formatCount } from "@/lib/i18n/format-number";

const t = nl.dashboard;
const OPEN = [
  ["status", "NOT_STARTED"],
  ["status", "IN_PROGRESS"],
  ["status", "DELAYED"],
] as const;

const listHref = actionListHrefFor;

export function DashboardTiles({
  recommendations,
  actions,
  filters,
  today,
}: {
  recommendations: RecommendationSection;
  actions: ActionTiles;
  filters: DashboardFilters;
  today: CalendarDate;
}) {
  const soon = addDays(today, DEADLINE_SOON_DAYS);
  const actionTiles = [
    { key: "open", value: actions.open, label: t.tileOpen, href: listHref(filters, OPEN) },
    {
      key: "overdue",
      value: actions.overdue,
      label: t.tileOverdue,
      href: listHref(filters, [["te-laat", "1"]]),
      icon: "⚠",
    },
    {
      key: "soon",
      value: actions.dueSoon,
      label: t.tileDueSoon,
      href: listHref(filters, [...OPEN, ["van", today], ["tot", soon]]),
      icon: "◔",
    },
    { key: "done", value: actions.done, label: t.tileDone, href: listHref(filters, [["status", "DONE"]]), icon: "✓" },
  ];
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-tegels">
      <h2 className="utrecht-heading-2 visually-hidden" id="dashboard-tegels">
        {t.tilesTitle}
      </h2>
      <h3 className="utrecht-heading-3 dashboard-tiles__heading">{t.recommendationTilesLabel}</h3>
      <ul className="dashboard-tiles" aria-label={t.recommendationTilesLabel}>
        {(["NOT_STARTED", "IN_PROGRESS", "DELAYED", "IMPLEMENTED"] as const).map((status) => (
          <li key={status} className={`dashboard-tile dashboard-tile--${status.toLowerCase().replace("_", "-")}`}>
            <span className="dashboard-tile__value">{formatCount(recommendations.byStatus[status])}</span>
            <span className="dashboard-tile__label">{nl.implementationStatus[status]}</span>
          </li>
        ))}
      </ul>
      <h3 className="utrecht-heading-3 dashboard-tiles__heading">{t.actionTilesLabel}</h3>
      <ul className="dashboard-tiles" aria-label={t.actionTilesLabel}>
        {actionTiles.map((tile) => (
          <li key={tile.key} className={`dashboard-tile dashboard-tile--${tile.key}`}>
            <Link href={tile.href} className="dashboard-tile__link" prefetch={false}>
              <span className="dashboard-tile__value">{formatCount(tile.value)}</span>
              <span className="dashboard-tile__label">
                {tile.icon && <span aria-hidden="true">{tile.icon} </span>}
                {tile.label}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
