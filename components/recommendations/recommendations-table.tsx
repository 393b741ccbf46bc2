import type { RecommendationListItem } from "@/lib/recommendations/list-recommendations";
import { nl } from "@/lib/i18n/nl";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { ImplementationStatusBadge } from "@/components/ui/status-badge";

export function RecommendationsTable({ recommendations }: { recommendations: RecommendationListItem[] }) {
  const columns = nl.recommendations.columns;
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-label={nl.recommendations.caption} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption visually-hidden">{nl.recommendations.caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">{columns.number}</th>
            <th scope="col" className="utrecht-table__header-cell">{columns.title}</th>
            <th scope="col" className="utrecht-table__header-cell">{columns.theme}</th>
            <th scope="col" className="utrecht-table__header-cell">{columns.lead}</th>
            <th scope="col" className="utrecht-table__header-cell">{columns.actions}</th>
            <th scope="col" className="utrecht-table__header-cell">{columns.status}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {recommendations.map((recommendation) => (
            <tr key={recommendation.id} className="utrecht-table__row">
              <td className="utrecht-table__cell utrecht-table__cell--numeric">{recommendation.number}</td>
              <th scope="row" className="utrecht-table__header-cell recommendation-title">
                {recommendation.title}
                {recommendation.isIllustrative && <> <IllustrativeMarker /></>}
              </th>
              <td className="utrecht-table__cell">{recommendation.theme}</td>
              <td className="utrecht-table__cell">
                <abbr title={recommendation.leadOrganisation.name}>{recommendation.leadOrganisation.code}</abbr>
              </td>
              <td className="utrecht-table__cell">
                {nl.recommendations.actionsCount(recommendation.actionCount, recommendation.actionsDone)}
              </td>
              <td className="utrecht-table__cell">
                <ImplementationStatusBadge status={recommendation.status} />
                <span className="oecd-grade">{nl.oecdGrade[recommendation.oecdGrade]}</span>
                {recommendation.statusOverridden && <span className="status-note">{nl.recommendations.overridden}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
