// The action's journal, newest first: who wrote what on which day, and the status and
// percentage it left the action in. Never edited, only added to; the one exception is an
// English text filled in once where it was left empty (decision 040).
import type { ActionItemDetail } from "@/lib/action-items/get-action-item";
import type { FormAction } from "@/lib/actions/action-result";
import type { AddedProgressUpdateEnglish } from "@/lib/action-items/add-progress-update-english";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/clock";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { ProgressEnglishForm } from "@/components/action-items/progress-english-form";

type Props = {
  entries: ActionItemDetail["journal"];
  /** Present when this user may add progress here: the form for a missing English text. */
  addEnglish?: { action: FormAction<AddedProgressUpdateEnglish>; actionItemId: string };
};

export function ProgressJournal({ entries, addEnglish }: Props) {
  if (entries.length === 0) return <p className="utrecht-paragraph">{nl.actionDetail.journalEmpty}</p>;
  return (
    <ol className="journal">
      {entries.map((entry) => (
        <li key={entry.id} className="journal__entry" id={`voortgang-${entry.id}`}>
          <p className="utrecht-paragraph journal__meta">
            {nl.actionDetail.journalEntry(entry.author, formatCalendarDate(entry.occurredOn))} ·{" "}
            {nl.actionDetail.journalStatus(nl.actionStatus[entry.statusBefore], nl.actionStatus[entry.statusAfter])} ·{" "}
            {nl.actionDetail.journalPercent(entry.percentDone)} {entry.isIllustrative && <IllustrativeMarker />}
          </p>
          <p className="utrecht-paragraph journal__text">{entry.text}</p>
          {entry.textEn ? (
            <p className="utrecht-paragraph journal__text" lang="en">
              <span className="meta" lang="nl">
                {nl.actionDetail.progressEnglishHeading}:{" "}
              </span>
              {entry.textEn}
            </p>
          ) : (
            addEnglish && (
              <details className="journal__english">
                <summary>{nl.actionDetail.progressEnglishAdd}</summary>
                <ProgressEnglishForm
                  action={addEnglish.action}
                  actionItemId={addEnglish.actionItemId}
                  progressUpdateId={entry.id}
                />
              </details>
            )
          )}
        </li>
      ))}
    </ol>
  );
}
