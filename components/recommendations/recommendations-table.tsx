// The recommendations of one evaluation: number, title (to the detail page) with theme,
// lead organisation, progress (bar and numbers), open and overdue actions, and status on
// the internal and the OECD scale. The cells carry no classes of their own: .recommendations-table
// in app/globals.css styles them by element and position (decision 047). The rows go to the
// browser as compact data, drawn by RecommendationRows (decision 048): here every text is decided.
import type { RecommendationListItem } from "@/lib/recommendations/list-recommendations";
import { DataTable } from "@/components/ui/data-table";
import { nl } from "@/lib/i18n/nl";
import { IMPLEMENTATION_STATUS_TONE } from "@/components/ui/status-badge";
import { toneLabels } from "@/components/ui/tone-badge";
import { RecommendationRows, type RecommendationRowData } from "@/components/recommendations/recommendation-rows";

type Props = { evaluationTitle: string; recommendations: RecommendationListItem[] };

function rowData(recommendation: RecommendationListItem): RecommendationRowData {
  const { progress } = recommendation;
  return [
    recommendation.id,
    recommendation.number,
    recommendation.title,
    recommendation.isIllustrative,
    recommendation.theme,
    recommendation.leadOrganisation.code,
    progress.counting === 0
      ? null
      : [progress.percent, nl.recommendations.progress(progress.done, progress.counting, progress.percent)],
    progress.open,
    progress.overdue,
    recommendation.status,
    [
      nl.oecdGrade[recommendation.oecdGrade],
      ...(recommendation.statusOverridden ? [nl.recommendations.overridden] : []),
    ],
  ];
}

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
      <RecommendationRows
        rows={recommendations.map(rowData)}
        labels={{
          illustrative: nl.app.illustrative,
          noActions: nl.recommendations.noActions,
          organisations: Object.fromEntries(
            recommendations.map((item) => [item.leadOrganisation.code, item.leadOrganisation.name]),
          ),
          statuses: toneLabels(IMPLEMENTATION_STATUS_TONE, nl.implementationStatus),
        }}
      />
    </DataTable>
  );
}
