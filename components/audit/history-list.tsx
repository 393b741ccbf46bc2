// A record's history from the audit trail, newest first: who, when, the kind of change (in
// words), and what changed (field: before → after, or the value set). Generic: any record's
// history fits, with `subjectType` naming the record itself so that events of its parts say
// what they are about.
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/clock";
import { describeValue, fieldLabel } from "@/components/forms/describe-value";

export type HistoryListEntry = {
  id: string;
  who: string | null;
  when: Date;
  kind: string;
  entityType: string;
  changes: { field: string; before?: unknown; after: unknown }[];
};

type Props = { entries: HistoryListEntry[]; subjectType: string; emptyText: string };

export function HistoryList({ entries, subjectType, emptyText }: Props) {
  if (entries.length === 0) return <p className="utrecht-paragraph">{emptyText}</p>;
  return (
    <ol className="history">
      {entries.map((entry) => (
        <li key={entry.id} className="history__entry">
          <p className="utrecht-paragraph history__meta">
            <strong>{nl.audit.kinds[entry.kind] ?? entry.kind}</strong>
            {entry.entityType !== subjectType && (
              <> ({nl.audit.entityTypes[entry.entityType] ?? entry.entityType})</>
            )} · {entry.who ?? nl.actionDetail.historySystem} ·{" "}
            <time dateTime={entry.when.toISOString()}>{formatTimestamp(entry.when)}</time>
          </p>
          {entry.changes.length > 0 && (
            <dl className="history__changes">
              {entry.changes.map((change) => (
                <div key={change.field} className="history__change">
                  <dt>{fieldLabel(change.field)}</dt>
                  <dd>
                    {"before" in change ? (
                      <>
                        {describeValue(change.field, change.before)} <span aria-hidden="true">→</span>
                        <span className="visually-hidden">{nl.actionDetail.historyBecomes}</span>{" "}
                        {describeValue(change.field, change.after)}
                      </>
                    ) : (
                      describeValue(change.field, change.after)
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ol>
  );
}
