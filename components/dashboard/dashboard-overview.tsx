// Progress per recommendation (the ones that need attention most) and the actions per
// organisation × status: a table with a stacked bar per organisation beside it.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import type { RecommendationSection } from "@/lib/dashboard/recommendation-section";
import type { OrganisationStatusRow } from "@/lib/dashboard/action-section";
import { DataTable } from "@/components/ui/data-table";
import { ImplementationStatusBadge } from "@/components/ui/status-badge";
import { ProgressBar } from "@/components/recommendations/progress-bar";
import { StackedBar, StackedBarLegend } from "@/components/charts/stacked-bar";
import { formatCount } from "@/lib/i18n/format-number";

const t = nl.dashboard;

export function RecommendationProgress({ section }: { section: RecommendationSection }) {
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-voortgang">
      <h2 className="utrecht-heading-2" id="dashboard-voortgang">
        {t.progressTitle}
      </h2>
      {section.progress.length === 0 ? (
        <p className="utrecht-paragraph">{t.progressNone}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            {t.progressIntro(formatCount(section.progress.length), formatCount(section.total))}
          </p>
          <DataTable
            caption={t.progressCaption}
            columns={[
              t.progressColumns.recommendation,
              t.progressColumns.lead,
              t.progressColumns.status,
              t.progressColumns.progress,
              { label: t.progressColumns.overdue, numeric: true },
            ]}
          >
            {section.progress.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="dashboard-progress__name">
                  <Link href={`/aanbevelingen/${row.id}`} prefetch={false}>
                    {row.number}. {row.title}
                  </Link>
                </th>
                <td>{row.leadOrganisationCode}</td>
                <td>
                  <ImplementationStatusBadge status={row.status} />
                </td>
                <td className="dashboard-progress__bar">
                  {row.counting === 0 ? (
                    t.noActions
                  ) : (
                    <>
                      <ProgressBar percent={row.percent} />
                      <span>{t.progressText(row.done, row.counting, row.percent)}</span>
                    </>
                  )}
                </td>
                <td className="numeric">
                  {row.overdue > 0 ? (
                    <>
                      <span aria-hidden="true">⚠ </span>
                      {row.overdue}
                    </>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          <p className="utrecht-paragraph">
            <Link href="/aanbevelingen" className="utrecht-link">
              {t.progressAll}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

export function ActionsByOrganisation({ rows }: { rows: OrganisationStatusRow[] }) {
  const labels = ACTION_STATUSES.map((status) => nl.actionStatus[status]);
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-organisaties">
      <h2 className="utrecht-heading-2" id="dashboard-organisaties">
        {t.byOrganisationTitle}
      </h2>
      <StackedBarLegend id="dashboard-legenda" labels={labels} title={t.chartLegend} />
      <DataTable
        caption={t.byOrganisationCaption}
        className="dashboard-organisations"
        columns={[
          t.organisationColumn,
          ...ACTION_STATUSES.map((status) => ({ label: nl.actionStatus[status], numeric: true })),
          { label: t.totalColumn, numeric: true },
          t.chartColumn,
        ]}
      >
        {rows.map((row) => {
          const parts = ACTION_STATUSES.map((status) => `${row.counts[status]} ${nl.actionStatus[status]}`).join(", ");
          return (
            <tr key={row.code}>
              <th scope="row">{row.code}</th>
              {ACTION_STATUSES.map((status) => (
                <td key={status} className="numeric">
                  {formatCount(row.counts[status])}
                </td>
              ))}
              <td className="numeric">{formatCount(row.total)}</td>
              <td className="dashboard-organisations__chart">
                <StackedBar
                  id={`dashboard-staaf-${row.code}`}
                  legendId="dashboard-legenda"
                  label={row.total === 0 ? t.chartEmpty(row.code) : t.chartSummary(row.code, parts)}
                  segments={ACTION_STATUSES.map((status) => ({
                    key: status,
                    label: nl.actionStatus[status],
                    value: row.counts[status],
                  }))}
                />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
