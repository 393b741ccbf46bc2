// The deadline history of an action, newest first: every move and every request, who asked
// and when, old → new date, the reason, the status (aangevraagd / goedgekeurd / afgewezen /
// direct gewijzigd) and who decided when, with their note.
import type { DeadlineHistoryEntry } from "@/lib/action-items/get-action-item";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate, formatTimestamp } from "@/lib/clock";
import { DataTable } from "@/components/ui/data-table";

const TONE: Record<DeadlineHistoryEntry["status"], string> = {
  PENDING: "warning",
  APPROVED: "success",
  REJECTED: "neutral",
  DIRECT: "info",
};

export function DeadlineHistory({ entries, total }: { entries: DeadlineHistoryEntry[]; total: number }) {
  if (entries.length === 0) return <p className="utrecht-paragraph">{nl.actionDetail.deadlineHistoryEmpty}</p>;
  const columns = nl.actionDetail.deadlineHistoryColumns;
  return (
    <>
      <DataTable
        caption={nl.actionDetail.deadlineHistoryCaption}
        columns={[columns.change, columns.status, columns.requested, columns.reason, columns.decision]}
      >
        {entries.map((entry) => (
          <tr key={entry.id}>
            <th scope="row" className="nowrap">
              {nl.actionDetail.deadlineChange(
                formatCalendarDate(entry.oldDueDate),
                formatCalendarDate(entry.newDueDate),
              )}
            </th>
            <td>
              <span className={`status-badge status-badge--${TONE[entry.status]}`}>
                {nl.actionDetail.deadlineStatus[entry.status]}
              </span>
            </td>
            <td>{nl.actionDetail.deadlineRequestedLine(entry.requestedBy, formatTimestamp(entry.requestedAt))}</td>
            <td className="prose-cell">{entry.reason}</td>
            <td className="prose-cell">
              {entry.status === "DIRECT" ? (
                nl.actionDetail.deadlineDirectDecision
              ) : entry.decidedBy && entry.decidedAt ? (
                <>
                  {nl.actionDetail.deadlineDecidedLine(entry.decidedBy, formatTimestamp(entry.decidedAt))}
                  {entry.decisionNote && <>: {entry.decisionNote}</>}
                </>
              ) : (
                nl.actionDetail.deadlineNotDecided
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      {total > entries.length && (
        <p className="utrecht-paragraph meta">{nl.actionDetail.deadlineHistoryMore(entries.length)}</p>
      )}
    </>
  );
}
