"use client";
// "Inloggen met een passkey": no e-mail address first; the browser offers the passkeys it
// has for this site (discoverable credentials) and the chosen one signs in on its own.
import { useActionState, useState, useTransition } from "react";
import { browserSupportsWebAuthn, startAuthentication } from "@simplewebauthn/browser";
import { nl } from "@/lib/i18n/client/passkeys";
import { SubmitButton } from "@/components/forms/submit-button";
import { passkeySignInOptionsAction, signInWithPasskey, type PasskeySignInState } from "./passkey-actions";

export function PasskeySignIn({ returnPath }: { returnPath: string }) {
  const [state, formAction] = useActionState<PasskeySignInState, FormData>(signInWithPasskey, {});
  const [problem, setProblem] = useState<string | null>(null);
  const [working, startWorking] = useTransition();
  const message = problem ?? state.formError;

  function signIn() {
    setProblem(null);
    if (!browserSupportsWebAuthn()) {
      setProblem(nl.passkeys.unsupported);
      return;
    }
    startWorking(async () => {
      const answer = await passkeySignInOptionsAction();
      if (answer.status !== "success") {
        setProblem(answer.message);
        return;
      }
      let response;
      try {
        response = await startAuthentication({ optionsJSON: answer.options });
      } catch {
        setProblem(nl.passkeys.signInCancelled);
        return;
      }
      const data = new FormData();
      data.set("response", JSON.stringify(response));
      data.set("terug", returnPath);
      // After an await the transition is over: the action gets one of its own.
      startWorking(() => formAction(data));
    });
  }

  return (
    <form
      className="passkey-sign-in"
      onSubmit={(event) => {
        event.preventDefault();
        signIn();
      }}
    >
      {message && (
        <div className="utrecht-alert utrecht-alert--error form-alert" role="alert">
          <p className="utrecht-paragraph">{message}</p>
        </div>
      )}
      <SubmitButton variant="secondary" pending={working} pendingLabel={nl.passkeys.signingIn}>
        {nl.passkeys.signIn}
      </SubmitButton>
    </form>
  );
}
