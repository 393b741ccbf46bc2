// The action's journal, newest first: who wrote what on which day, and the status and
// percentage it left the action in. Never edited, only added to.
import type { ActionItemDetail } from "@/lib/action-items/get-action-item";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/clock";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";

export function ProgressJournal({ entries }: { entries: ActionItemDetail["journal"] }) {
  if (entries.length === 0) return <p className="utrecht-paragraph">{nl.actionDetail.journalEmpty}</p>;
  return (
    <ol className="journal">
      {entries.map((entry) => (
        <li key={entry.id} className="journal__entry">
          <p className="utrecht-paragraph journal__meta">
            {nl.actionDetail.journalEntry(entry.author, formatCalendarDate(entry.occurredOn))} ·{" "}
            {nl.actionDetail.journalStatus(nl.actionStatus[entry.statusBefore], nl.actionStatus[entry.statusAfter])} ·{" "}
            {nl.actionDetail.journalPercent(entry.percentDone)} {entry.isIllustrative && <IllustrativeMarker />}
          </p>
          <p className="utrecht-paragraph journal__text">{entry.text}</p>
        </li>
      ))}
    </ol>
  );
}
