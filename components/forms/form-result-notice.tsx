// The outcome of a form, above its fields: a confirmation, the error summary, a
// colleague's conflicting save (who, when, what changed), a refusal, or an unexpected
// error with its reference code. Focus moves here after a submit: see use-form-action.ts.
import type { ActionResult } from "@/lib/actions/action-result";
import { commonMessages as nl } from "@/lib/i18n/common";
import dynamic from "next/dynamic";
import { ErrorSummary } from "@/components/forms/error-summary";

// When the colleague saved and what they changed, in words: that needs every domain's field
// and status names and the date formatting (about 20 kB of JavaScript gzip), which every page
// with a form loaded for an outcome that only a conflicting save shows. Loaded then; the
// alert with its message and advice is there at once, for the focus that moves to it.
const ConflictDetails = dynamic(() =>
  import("@/components/forms/conflict-details").then((loaded) => loaded.ConflictDetails),
);

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
          <ConflictDetails conflict={result.conflict} />
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
