// The details of a conflicting save: when the colleague saved and what changed, field by
// field, in words. Loaded only when a form shows a conflict (see form-result-notice.tsx).
import type { ConflictDetails as Conflict } from "@/lib/errors";
import { commonMessages as nl } from "@/lib/i18n/common";
import { formatTimestamp } from "@/lib/calendar-date";
import { describeValue, fieldLabel } from "@/components/forms/describe-value";

export function ConflictDetails({ conflict }: { conflict: Conflict }) {
  return (
    <>
      {conflict.changedAt && (
        <p className="utrecht-paragraph">{nl.errors.conflictAt(formatTimestamp(new Date(conflict.changedAt)))}</p>
      )}
      {conflict.changes.length > 0 && (
        <>
          <p className="utrecht-paragraph">{nl.errors.conflictChanges}:</p>
          <ul className="utrecht-unordered-list">
            {conflict.changes.map((change) => (
              <li key={change.field}>
                {fieldLabel(change.field)}: {describeValue(change.field, change.before)} →{" "}
                {describeValue(change.field, change.after)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
