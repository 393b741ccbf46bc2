"use client";
// "API-token maken": a name and how long it holds. After success the token shows once, in a
// read-only field that is selected on focus so it copies in one go. It lives only in this
// form's state: a reload or another page and it is gone.
import { useActionState, useRef } from "react";
import { idle, fieldError, submittedValues, type ActionResult } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/users";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";
import { TextField } from "@/components/forms/text-field";
import { SelectField } from "@/components/forms/select-field";

type Created = { tokenId: string; token: string };

type Props = {
  action: (previous: ActionResult<Created>, formData: FormData) => Promise<ActionResult<Created>>;
  /** False when the user holds the most valid tokens allowed: the form is then not offered. */
  canCreate: boolean;
  limitMessage: string;
};

const EXPIRIES = ["30", "90", "365", "date"] as const;

export function CreateApiTokenForm({ action, canCreate, limitMessage }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(result, form, "api-token-melding");
  const values = submittedValues(result);
  const formKey = result.status === "success" ? result.data.tokenId : "form";

  return (
    <div className="api-token-create">
      <form
        ref={form}
        action={formAction}
        noValidate
        className="stacked-form"
        aria-labelledby="api-token-maken-titel"
        key={formKey}
      >
        <h3 className="utrecht-heading-3" id="api-token-maken-titel">
          {nl.profile.tokenCreate}
        </h3>
        <FormResultNotice result={result} id="api-token-melding" />
        {canCreate ? (
          <>
            <TextField
              id="api-token-naam"
              name="name"
              label={nl.profile.tokenName}
              hint={nl.profile.tokenNameHint}
              error={fieldError(result, "name")}
              defaultValue={values.name ?? ""}
              required
              maxLength={100}
              autoComplete="off"
            />
            <SelectField
              id="api-token-geldig"
              name="expiry"
              label={nl.profile.tokenExpiry}
              error={fieldError(result, "expiry")}
              defaultValue={values.expiry ?? "90"}
              options={EXPIRIES.map((value) => ({ value, label: nl.profile.tokenExpiryOptions[value]! }))}
            />
            <TextField
              id="api-token-datum"
              name="expiresOn"
              type="date"
              label={nl.profile.tokenExpiresOn}
              hint={nl.profile.tokenExpiresOnHint}
              error={fieldError(result, "expiresOn")}
              defaultValue={values.expiresOn ?? ""}
            />
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              aria-disabled={pending || undefined}
            >
              {pending ? nl.forms.saving : nl.profile.tokenCreate}
            </button>
          </>
        ) : (
          <p className="utrecht-paragraph">{limitMessage}</p>
        )}
      </form>
      {result.status === "success" && (
        <div className="calendar-feed-new">
          <label className="utrecht-form-label" htmlFor="api-token-waarde">
            {nl.profile.tokenValueLabel}
          </label>
          <p className="utrecht-form-field-description" id="api-token-waarde-hint">
            {nl.profile.tokenValueHint}
          </p>
          <input
            id="api-token-waarde"
            className="utrecht-textbox utrecht-textbox--html-input calendar-feed-new__url"
            type="text"
            readOnly
            value={result.data.token}
            aria-describedby="api-token-waarde-hint"
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
