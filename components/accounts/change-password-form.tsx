"use client";
// "Wachtwoord wijzigen": the current password and the new one twice. Nothing typed is kept
// after a submit: passwords are not sent back to the browser.
import type { FormAction } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/accounts";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/forms/text-field";
import { NewPasswordFields } from "@/components/accounts/new-password-fields";

export function ChangePasswordForm({ action, email }: { action: FormAction<{ changed: true }>; email: string }) {
  const { result, formAction, form, error } = useFormAction(action, "wachtwoord-wijzigen-melding");
  const m = nl.accounts;
  return (
    <form ref={form} action={formAction} noValidate className="stacked-form" aria-label={m.changeTitle}>
      <FormResultNotice result={result} id="wachtwoord-wijzigen-melding" />
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <TextField
        id="huidig-wachtwoord"
        name="currentPassword"
        type="password"
        label={m.currentPassword}
        error={error("currentPassword")}
        autoComplete="current-password"
        maxLength={1024}
        required
      />
      <NewPasswordFields idPrefix="profiel-" error={error} />
      <div>
        <SubmitButton>{m.changeSubmit}</SubmitButton>
      </div>
    </form>
  );
}
