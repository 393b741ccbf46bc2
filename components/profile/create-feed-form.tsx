"use client";
// "Agenda-adres maken": after success the secret URL shows once, in a read-only field that
// is selected on focus so it copies in one go, with the steps for Outlook. It lives only in
// this form's state: a reload or another page and it is gone. "Vernieuwen" in the list of
// addresses submits this form too (its button names the form), so a renewed address shows here.
import { useEffect } from "react";
import type { FormAction } from "@/lib/actions/action-result";
import { profileFormMessages } from "@/lib/i18n/profile-forms";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

// Only the forms' labels, not the whole users message file (see lib/i18n/profile-forms.ts).
const nl = { profile: profileFormMessages };

type Created = { feedId: string; path: string; renewed: boolean };

type Props = {
  action: FormAction<Created>;
  /** False when the user holds the most active feeds allowed: the button is then not offered. */
  canCreate: boolean;
  /** The app's public origin (AUTH_URL or the request's), to make the path a full URL. */
  origin: string;
  limitMessage: string;
  /** The form's id, which the list's "Vernieuwen" buttons name in their `form` attribute. */
  formId: string;
};

/** Dispatched on the form after each answer, so that a "Vernieuwen" button may be pressed again. */
export const FEED_FORM_ANSWERED_EVENT = "opvolging:feed-form-answered";

export function CreateFeedForm({ action, canCreate, origin, limitMessage, formId }: Props) {
  const { result, formAction, form } = useFormAction(action, "agenda-melding");
  useEffect(() => {
    if (result.status !== "idle") form.current?.dispatchEvent(new Event(FEED_FORM_ANSWERED_EVENT));
  }, [result, form]);

  return (
    <div className="calendar-feed-create">
      <form
        ref={form}
        id={formId}
        action={formAction}
        noValidate
        className="stacked-form"
        aria-label={nl.profile.feedCreate}
      >
        <FormResultNotice result={result} id="agenda-melding" />
        {canCreate ? (
          <SubmitButton>{nl.profile.feedCreate}</SubmitButton>
        ) : (
          <p className="utrecht-paragraph">{limitMessage}</p>
        )}
      </form>
      {result.status === "success" && (
        <div className="calendar-feed-new">
          <label className="utrecht-form-label" htmlFor="agenda-adres">
            {nl.profile.feedUrlLabel}
          </label>
          <p className="utrecht-form-field-description" id="agenda-adres-hint">
            {nl.profile.feedUrlHint}
          </p>
          <input
            id="agenda-adres"
            className="utrecht-textbox utrecht-textbox--html-input calendar-feed-new__url"
            type="text"
            readOnly
            value={`${origin}${result.data.path}`}
            aria-describedby="agenda-adres-hint"
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
          />
          <h3 className="utrecht-heading-3">{nl.profile.feedInstructionsTitle}</h3>
          <ol className="utrecht-ordered-list">
            {nl.profile.feedInstructions.map((step) => (
              <li key={step} className="utrecht-ordered-list__item">
                {step}
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
