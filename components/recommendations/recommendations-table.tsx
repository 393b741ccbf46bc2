import type { RecommendationListItem } from "@/lib/recommendations/list-recommendations";
import { DataTable } from "@/components/ui/data-table";
import { nl } from "@/lib/i18n/nl";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { ImplementationStatusBadge } from "@/components/ui/status-badge";

export function RecommendationsTable({ recommendations }: { recommendations: RecommendationListItem[] }) {
  const columns = nl.recommendations.columns;
  return (
    <DataTable caption={nl.recommendations.caption} columns={[{ label: columns.number, numeric: true }, columns.title, columns.theme, columns.lead, columns.actions, columns.status]}>
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
    </DataTable>
  );
}
