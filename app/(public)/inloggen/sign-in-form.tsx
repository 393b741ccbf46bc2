"use client";
// Client component for useActionState: the form still posts without JavaScript.
import { useActionState } from "react";
import { signInWithPassword, type SignInState } from "./actions";
import { signInMessages as nl } from "@/lib/i18n/sign-in";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";

export function SignInForm({ returnPath }: { returnPath: string }) {
  const [state, formAction] = useActionState<SignInState, FormData>(signInWithPassword, { email: "" });

  return (
    <form action={formAction} noValidate className="sign-in-form">
      {state.formError && (
        <div className="utrecht-alert utrecht-alert--error form-alert" role="alert" id="inloggen-fout">
          <p className="utrecht-paragraph">{state.formError}</p>
        </div>
      )}
      <input type="hidden" name="terug" value={returnPath} />

      <TextField
        id="email"
        name="email"
        type="email"
        label={nl.signIn.email}
        error={state.fieldErrors?.email}
        describedBy={state.formError ? "inloggen-fout" : undefined}
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.email}
        required
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={nl.signIn.password}
        error={state.fieldErrors?.password}
        autoComplete="current-password"
        required
      />

      <SubmitButton pendingLabel={nl.signIn.submitting}>{nl.signIn.submit}</SubmitButton>
    </form>
  );
}
