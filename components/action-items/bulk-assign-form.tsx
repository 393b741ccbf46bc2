"use client";
// "Contactpersoon toewijzen" on /acties/toewijzen: the actions ticked in the list travel as
// hidden fields (id and the version the list showed), the new contact person is chosen here.
// A plain form, so it works without JavaScript.
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

type Props = {
  action: FormAction<Result>;
  contacts: readonly OptionPairGroup[];
  /** The boxes' values ("id:version"), as the list sent them. */
  choices: readonly string[];
};

export function BulkAssignForm({ action, contacts, choices }: Props) {
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
        {choices.map((choice) => (
          <input key={choice} type="hidden" name="actie" value={choice} />
        ))}
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
    </form>
  );
}
