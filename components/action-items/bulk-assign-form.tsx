"use client";
// "Contactpersoon toewijzen" for the actions ticked in the list: a plain form around the
// table, so it works without JavaScript. "Alles op deze pagina" only appears once the page's
// script runs (it ticks the row boxes); without it, each row is ticked by hand.
import { useSyncExternalStore, type ReactNode } from "react";
import type { FormAction } from "@/lib/actions/action-result";
import { savedViewsMessages as nl } from "@/lib/i18n/saved-views";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { SelectField, type OptionPairGroup } from "@/components/forms/select-field";
import { useFormAction } from "@/components/forms/use-form-action";

type Result = {
  changed: string[];
  unchanged: string[];
  failures: { actionItemId: string; title: string; message: string }[];
};

type Props = { action: FormAction<Result>; contacts: readonly OptionPairGroup[]; children: ReactNode };

export function BulkAssignForm({ action, contacts, children }: Props) {
  const { result, formAction, form, noticeId, values, error } = useFormAction(action, "toewijzen-melding");
  const failures = result.status === "success" ? result.data.failures : [];
  return (
    <form ref={form} action={formAction} noValidate className="bulk-assign" aria-labelledby="toewijzen-titel">
      <fieldset className="bulk-assign__controls">
        <legend className="utrecht-heading-3" id="toewijzen-titel">
          {nl.bulkAssign.legend}
        </legend>
        {failures.length > 0 ? (
          <div
            className="utrecht-alert utrecht-alert--error form-alert error-summary"
            role="alert"
            id={noticeId}
            tabIndex={-1}
          >
            <h2 className="utrecht-heading-3 error-summary__title">{nl.bulkAssign.failedTitle(failures.length)}</h2>
            <p className="utrecht-paragraph">{result.status === "success" && result.message}</p>
            <ul className="utrecht-unordered-list error-summary__list">
              {failures.map((failure) => (
                <li key={failure.actionItemId}>
                  <a className="utrecht-link" href={`/acties/${encodeURIComponent(failure.actionItemId)}`}>
                    {failure.title}
                  </a>
                  : {failure.message}
                </li>
              ))}
            </ul>
            <p className="utrecht-paragraph">{nl.bulkAssign.failedAdvice}</p>
          </div>
        ) : (
          <FormResultNotice result={result} id={noticeId} />
        )}
        <SelectAll />
        <SelectField
          id="toewijzen-contact"
          name="contactUserId"
          label={nl.bulkAssign.contactLabel}
          hint={nl.bulkAssign.contactHint}
          error={error("contactUserId") ?? error("actions")}
          defaultValue={values.contactUserId ?? ""}
          placeholder={nl.bulkAssign.choose}
          groups={contacts}
        />
        <SubmitButton>{nl.bulkAssign.submit}</SubmitButton>
      </fieldset>
      {children}
    </form>
  );
}

/** Ticks or clears every row's box; rendered only where script runs, so it never promises what it cannot do. */
function SelectAll() {
  // False in the server's HTML and during hydration, true once the script runs.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!scripted) return null;
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <div className="utrecht-form-field__input">
        <input
          type="checkbox"
          id="toewijzen-alles"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          onChange={(event) => {
            const boxes = event.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[name="actie"]') ?? [];
            for (const box of boxes) box.checked = event.currentTarget.checked;
          }}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="toewijzen-alles">
          {nl.bulkAssign.selectAll}
        </label>
      </div>
    </div>
  );
}

const noSubscription = () => () => {};
