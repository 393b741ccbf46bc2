"use client";
// "Passkey toevoegen": a name, then the browser's own dialog (fingerprint, face, pin or a
// security key). The options come from the server with a fresh challenge; the browser's
// answer goes back through the form's server action, which checks and stores it.
import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import type { FormAction } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/passkeys";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFormAction } from "@/components/forms/use-form-action";
import type { RegistrationOptionsResult } from "@/lib/passkeys/registration-options-result";

type Props<T> = {
  action: FormAction<T>;
  options: () => Promise<RegistrationOptionsResult>;
  canAdd: boolean;
  limitMessage: string;
  /** The button's words, when not "Passkey toevoegen" (the activation page). */
  submitLabel?: string;
  /** Hidden fields the action needs beside the name and the answer (the activation page's link). */
  children?: ReactNode;
};

export function AddPasskeyForm<T>({ action, options, canAdd, limitMessage, submitLabel, children }: Props<T>) {
  const { result, formAction, form, noticeId, values, error } = useFormAction(action, "passkey-toevoegen-melding");
  const [problem, setProblem] = useState<string | null>(null);
  const [working, startWorking] = useTransition();

  if (!canAdd) return <p className="utrecht-paragraph">{limitMessage}</p>;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setProblem(null);
    if (!browserSupportsWebAuthn()) {
      setProblem(nl.passkeys.unsupported);
      return;
    }
    startWorking(async () => {
      const answer = await options();
      if (answer.status !== "success") {
        setProblem(answer.message);
        return;
      }
      try {
        const response = await startRegistration({ optionsJSON: answer.options });
        data.set("response", JSON.stringify(response));
      } catch (failure) {
        setProblem(
          failure instanceof Error && failure.name === "InvalidStateError"
            ? nl.passkeys.alreadyRegistered
            : nl.passkeys.cancelled,
        );
        return;
      }
      // After an await the transition is over: the action gets one of its own.
      startWorking(() => formAction(data));
    });
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="stacked-form">
      {problem && (
        <div className="utrecht-alert utrecht-alert--error form-alert" role="alert">
          <p className="utrecht-paragraph">{problem}</p>
        </div>
      )}
      <FormResultNotice result={result} id={noticeId} />
      {children}
      <TextField
        id="passkey-naam"
        name="name"
        label={nl.passkeys.name}
        hint={nl.passkeys.nameHint}
        error={error("name")}
        defaultValue={values.name}
        key={result.status === "success" ? "leeg" : "ingevuld"}
        maxLength={100}
        autoComplete="off"
        required
      />
      <SubmitButton pending={working} pendingLabel={nl.passkeys.adding}>
        {submitLabel ?? nl.passkeys.add}
      </SubmitButton>
    </form>
  );
}
