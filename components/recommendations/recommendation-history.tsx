// A recommendation's history, newest first: who, when, the kind of change in words, and
// each changed field with its value before and after (for a creation: the values set).
import type { HistoryEntry } from "@/lib/recommendations/get-recommendation";
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/clock";
import { describeValue, fieldLabel } from "@/components/forms/describe-value";

export function RecommendationHistory({ entries, truncated }: { entries: HistoryEntry[]; truncated: boolean }) {
  const words = nl.recommendationDetail;
  if (entries.length === 0) return <p className="utrecht-paragraph">{words.historyEmpty}</p>;
  return (
    <>
      <ol className="journal history">
        {entries.map((entry) => (
          <li key={entry.id} className="journal__entry">
            <p className="utrecht-paragraph journal__meta">
              {words.historyEntry(entry.actor ?? words.historyUnknownActor, formatTimestamp(entry.occurredAt))} · <strong>{kindLabel(entry)}</strong>
            </p>
            {entry.changes.length > 0 && (
              <ul className="history__changes">
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    <span className="history__field">{fieldLabel(change.field)}:</span>{" "}
                    {entry.kind === "CREATE"
                      ? describeValue(change.field, change.after)
                      : `${describeValue(change.field, change.before)} → ${describeValue(change.field, change.after)}`}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {truncated && <p className="utrecht-paragraph meta">{words.historyTruncated(entries.length)}</p>}
    </>
  );
}

function kindLabel(entry: HistoryEntry): string {
  const cleared = entry.kind === "STATUS_OVERRIDDEN" && entry.changes.some((change) => change.field === "statusOverride" && change.after === null);
  return cleared ? nl.recommendationDetail.historyOverrideCleared : (nl.audit.kinds[entry.kind] ?? entry.kind);
}
