// The recommendations of one evaluation: number, title (to the detail page) with theme,
// lead organisation, progress (bar and numbers), open and overdue actions, and status on
// the internal and the OECD scale. The cells carry no classes of their own: .recommendations-table
// in app/globals.css styles them by element and position (decision 047).
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
            <th scope="row">
              <Link href={`/aanbevelingen/${recommendation.id}`}>{recommendation.title}</Link>
              {recommendation.isIllustrative && <IllustrativeMarker compact />}
              <small>{recommendation.theme}</small>
            </th>
            <td>
              <abbr title={recommendation.leadOrganisation.name}>{recommendation.leadOrganisation.code}</abbr>
            </td>
            <td>
              {progress.counting === 0 ? (
                nl.recommendations.noActions
              ) : (
                <>
                  <ProgressBar percent={progress.percent} />
                  <small>{nl.recommendations.progress(progress.done, progress.counting, progress.percent)}</small>
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
              <small>{nl.oecdGrade[recommendation.oecdGrade]}</small>
              {recommendation.statusOverridden && <small>{nl.recommendations.overridden}</small>}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
