"use client";
// "Wachtwoord vergeten": one address; the answer is the same whether or not it has an account.
import type { FormAction } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/accounts";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/forms/text-field";

export function RequestResetForm({ action }: { action: FormAction<{ sent: true }> }) {
  const { result, formAction, form, values, error } = useFormAction(action, "herstel-melding");
  const m = nl.accounts;
  return (
    <form ref={form} action={formAction} noValidate className="sign-in-form" aria-label={m.forgotTitle}>
      <FormResultNotice result={result} id="herstel-melding" />
      <TextField
        key={values.email ?? ""}
        id="herstel-email"
        name="email"
        type="email"
        label={m.forgotEmail}
        error={error("email")}
        defaultValue={values.email ?? ""}
        autoComplete="username"
        spellCheck={false}
        maxLength={254}
        required
      />
      <SubmitButton>{m.forgotSubmit}</SubmitButton>
    </form>
  );
}
