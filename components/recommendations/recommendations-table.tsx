// The recommendations of one evaluation: number, title (to the detail page) with theme,
// lead organisation, progress (bar and numbers), open and overdue actions, and status on
// the internal and the OECD scale.
import Link from "next/link";
import type { RecommendationListItem } from "@/lib/recommendations/list-recommendations";
import { DataTable } from "@/components/ui/data-table";
import { nl } from "@/lib/i18n/nl";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { ImplementationStatusBadge } from "@/components/ui/status-badge";
import { ProgressBar } from "@/components/recommendations/progress-bar";

type Props = { evaluationTitle: string; recommendations: RecommendationListItem[] };

export function RecommendationsTable({ evaluationTitle, recommendations }: Props) {
  const columns = nl.recommendations.columns;
  return (
    <DataTable
      caption={nl.recommendations.caption(evaluationTitle)}
      className="recommendations-table"
      columns={[
        { label: columns.number, numeric: true },
        columns.title,
        columns.lead,
        columns.progress,
        { label: columns.open, numeric: true },
        { label: columns.overdue, numeric: true },
        columns.status,
      ]}
    >
      {recommendations.map((recommendation) => {
        const { progress } = recommendation;
        return (
          <tr key={recommendation.id}>
            <td className="numeric">{recommendation.number}</td>
            <th scope="row" className="recommendation-title">
              <Link className="utrecht-link" href={`/aanbevelingen/${recommendation.id}`}>
                {recommendation.title}
              </Link>
              {recommendation.isIllustrative && <IllustrativeMarker compact />}
              <span className="recommendation-theme">{recommendation.theme}</span>
            </th>
            <td>
              <abbr title={recommendation.leadOrganisation.name}>{recommendation.leadOrganisation.code}</abbr>
            </td>
            <td className="recommendation-progress">
              {progress.counting === 0 ? (
                nl.recommendations.noActions
              ) : (
                <>
                  <ProgressBar percent={progress.percent} />
                  <span className="recommendation-progress__text">
                    {nl.recommendations.progress(progress.done, progress.counting, progress.percent)}
                  </span>
                </>
              )}
            </td>
            <td className="numeric">{progress.open}</td>
            <td className="numeric">
              {progress.overdue > 0 ? (
                <span className="overdue-count">
                  <span aria-hidden="true">⚠ </span>
                  {progress.overdue}
                </span>
              ) : (
                progress.overdue
              )}
            </td>
            <td>
              <ImplementationStatusBadge status={recommendation.status} />
              <span className="oecd-grade">{nl.oecdGrade[recommendation.oecdGrade]}</span>
              {recommendation.statusOverridden && <span className="status-note">{nl.recommendations.overridden}</span>}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
