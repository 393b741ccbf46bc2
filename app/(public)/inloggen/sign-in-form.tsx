"use client";
// Client component for useActionState: the form still posts without JavaScript.
import { useActionState } from "react";
import { signInWithPassword, type SignInState } from "./actions";
import { nl } from "@/lib/i18n/nl";

export function SignInForm({ returnPath }: { returnPath: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInWithPassword, { email: "" });
  const emailError = state.fieldErrors?.email;
  const passwordError = state.fieldErrors?.password;

  return (
    <form action={formAction} noValidate className="sign-in-form">
      {state.formError && (
        <div className="utrecht-alert utrecht-alert--error form-alert" role="alert" id="inloggen-fout">
          <p className="utrecht-paragraph">{state.formError}</p>
        </div>
      )}
      <input type="hidden" name="terug" value={returnPath} />

      <div className={`utrecht-form-field utrecht-form-field--text${emailError ? " utrecht-form-field--invalid" : ""}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="email">{nl.signIn.email}</label>
        </div>
        {emailError && (
          <p className="utrecht-form-field-error-message" id="email-fout">{emailError}</p>
        )}
        <div className="utrecht-form-field__input">
          <input
            className={`utrecht-textbox utrecht-textbox--html-input${emailError ? " utrecht-textbox--invalid" : ""}`}
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            defaultValue={state.email}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? "email-fout" : state.formError ? "inloggen-fout" : undefined}
            required
          />
        </div>
      </div>

      <div className={`utrecht-form-field utrecht-form-field--text${passwordError ? " utrecht-form-field--invalid" : ""}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="password">{nl.signIn.password}</label>
        </div>
        {passwordError && (
          <p className="utrecht-form-field-error-message" id="password-fout">{passwordError}</p>
        )}
        <div className="utrecht-form-field__input">
          <input
            className={`utrecht-textbox utrecht-textbox--html-input${passwordError ? " utrecht-textbox--invalid" : ""}`}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? "password-fout" : undefined}
            required
          />
        </div>
      </div>

      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending || undefined}>
        {pending ? nl.signIn.submitting : nl.signIn.submit}
      </button>
    </form>
  );
}
