// The outcome of a form, above its fields: a confirmation, the error summary, a
// colleague's conflicting save (who, when, what changed), a refusal, or an unexpected
// error with its reference code. Focus moves here after a submit: see use-form-action.ts.
import type { ActionResult } from "@/lib/actions/action-result";
import { commonMessages as nl } from "@/lib/i18n/common";
import { ErrorSummary } from "@/components/forms/error-summary";
import { formatTimestamp } from "@/lib/calendar-date";
import { describeValue, fieldLabel } from "@/components/forms/describe-value";

export function FormResultNotice({ result, id }: { result: ActionResult<unknown>; id: string }) {
  switch (result.status) {
    case "idle":
      return null;
    case "success":
      return (
        <div className="utrecht-alert form-alert form-alert--ok" role="status" id={id} tabIndex={-1}>
          <p className="utrecht-paragraph">{result.message}</p>
        </div>
      );
    case "invalid":
      return <ErrorSummary id={id} message={result.message} fieldErrors={result.fieldErrors} />;
    case "conflict":
      return (
        <div className="utrecht-alert utrecht-alert--error form-alert" role="alert" id={id} tabIndex={-1}>
          <p className="utrecht-paragraph">
            <strong>{result.message}</strong>
          </p>
          {result.conflict.changedAt && (
            <p className="utrecht-paragraph">
              {nl.errors.conflictAt(formatTimestamp(new Date(result.conflict.changedAt)))}
            </p>
          )}
          {result.conflict.changes.length > 0 && (
            <>
              <p className="utrecht-paragraph">{nl.errors.conflictChanges}:</p>
              <ul className="utrecht-unordered-list">
                {result.conflict.changes.map((change) => (
                  <li key={change.field}>
                    {fieldLabel(change.field)}: {describeValue(change.field, change.before)} →{" "}
                    {describeValue(change.field, change.after)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="utrecht-paragraph">{nl.errors.conflictAdvice}</p>
        </div>
      );
    case "error":
      return (
        <div className="utrecht-alert utrecht-alert--error form-alert" role="alert" id={id} tabIndex={-1}>
          <p className="utrecht-paragraph">{result.message}</p>
          <p className="utrecht-paragraph">{nl.forms.errorReference(result.reference)}</p>
        </div>
      );
    default:
      return (
        <div className="utrecht-alert utrecht-alert--error form-alert" role="alert" id={id} tabIndex={-1}>
          <p className="utrecht-paragraph">{result.message}</p>
        </div>
      );
  }
}
