"use client";
// Choosing a password with a one-time link (activation or reset): the new password twice,
// with the address as a read-only username so that a password manager stores the pair. After
// success the form gives way to the confirmation and the way to the sign-in page.
import Link from "next/link";
import type { FormAction } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/accounts";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/forms/text-field";
import { NewPasswordFields } from "@/components/accounts/new-password-fields";

type Props = {
  action: FormAction<{ userId: string }>;
  token: string;
  email: string;
  submitLabel: string;
};

export function SetPasswordForm({ action, token, email, submitLabel }: Props) {
  const { result, formAction, form, error } = useFormAction(action, "wachtwoord-melding");
  const m = nl.accounts;
  if (result.status === "success") {
    return (
      <>
        <FormResultNotice result={result} id="wachtwoord-melding" />
        <p className="utrecht-paragraph">
          <Link
            href="/inloggen"
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          >
            {m.toSignIn}
          </Link>
        </p>
      </>
    );
  }
  return (
    <form ref={form} action={formAction} noValidate className="sign-in-form" aria-label={submitLabel}>
      <FormResultNotice result={result} id="wachtwoord-melding" />
      <input type="hidden" name="token" value={token} />
      <TextField
        id="account-email"
        name="username"
        type="email"
        label={m.accountFor}
        value={email}
        readOnly
        autoComplete="username"
      />
      <NewPasswordFields idPrefix="" error={error} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
