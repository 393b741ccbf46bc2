// The actions of one recommendation: title (to the action page), organisation, status,
// percentage done, and the deadline with its state in words and an icon.
import Link from "next/link";
import type { RecommendationDetail } from "@/lib/recommendations/get-recommendation";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/clock";
import { DataTable } from "@/components/ui/data-table";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { ActionStatusBadge } from "@/components/action-items/action-status-badge";
import { DeadlineStateLabel } from "@/components/action-items/deadline-state-label";

export function RecommendationActionsTable({ actions }: { actions: RecommendationDetail["actions"]["items"] }) {
  const columns = nl.recommendationDetail.actionColumns;
  return (
    <DataTable
      caption={nl.recommendationDetail.actionsCaption}
      columns={[
        columns.title,
        columns.organisation,
        columns.status,
        { label: columns.percent, numeric: true },
        columns.dueDate,
      ]}
    >
      {actions.map((action) => (
        <tr key={action.id}>
          <th scope="row">
            <Link className="utrecht-link" href={`/acties/${action.id}`}>
              {action.title}
            </Link>
            {action.isIllustrative && <IllustrativeMarker compact />}
          </th>
          <td>
            <abbr title={action.organisation.name}>{action.organisation.code}</abbr>
          </td>
          <td>
            <ActionStatusBadge status={action.status} />
          </td>
          <td className="numeric">{action.percentDone}%</td>
          <td className="deadline-cell">
            <span className="deadline-cell__date">{formatCalendarDate(action.dueDate)}</span>{" "}
            <DeadlineStateLabel state={action.deadlineState} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
