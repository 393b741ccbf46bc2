"use client";
// "API-token maken": a name and how long it holds. After success the token shows once, in a
// read-only field that is selected on focus so it copies in one go. It lives only in this
// form's state: a reload or another page and it is gone.
import type { FormAction } from "@/lib/actions/action-result";
import { profileFormMessages } from "@/lib/i18n/profile-forms";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";
import { SelectField } from "@/components/forms/select-field";

// Only the forms' labels, not the whole users message file (see lib/i18n/profile-forms.ts).
const nl = { profile: profileFormMessages };

type Created = { tokenId: string; token: string };

type Props = {
  action: FormAction<Created>;
  /** False when the user holds the most valid tokens allowed: the form is then not offered. */
  canCreate: boolean;
  limitMessage: string;
};

const EXPIRIES = ["30", "90", "365", "date"] as const;

export function CreateApiTokenForm({ action, canCreate, limitMessage }: Props) {
  const { result, formAction, form, values, error } = useFormAction(action, "api-token-melding");
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
              error={error("name")}
              defaultValue={values.name ?? ""}
              required
              maxLength={100}
              autoComplete="off"
            />
            <SelectField
              id="api-token-geldig"
              name="expiry"
              label={nl.profile.tokenExpiry}
              error={error("expiry")}
              defaultValue={values.expiry ?? "90"}
              options={EXPIRIES.map((value) => ({ value, label: nl.profile.tokenExpiryOptions[value]! }))}
            />
            <DateField
              id="api-token-datum"
              name="expiresOn"
              label={nl.profile.tokenExpiresOn}
              hint={nl.profile.tokenExpiresOnHint}
              error={error("expiresOn")}
              submitted={values.expiresOn}
            />
            <SubmitButton>{nl.profile.tokenCreate}</SubmitButton>
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
