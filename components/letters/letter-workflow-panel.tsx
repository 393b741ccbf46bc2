"use client";
// The Coördinator's workflow controls on every page of a letter: only the steps the
// transition table allows from the current status, each a small form carrying the version
// the page was rendered with. The panel outlives a status change (it sits in the layout), so
// the outcome of the last step is shown at its top even when that step's form is gone.
import { useActionState, useEffect, useRef, useState } from "react";
import { idle, fieldError, submittedValues, type ActionResult } from "@/lib/actions/action-result";
import type { LetterStatus } from "@/lib/generated/prisma/enums.ts";
import type { MovedLetter } from "@/lib/letters/letter-step";
import type { SentLetter } from "@/lib/letters/mark-letter-sent";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";

type StepAction<T> = (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>;
type Step = "submit" | "approve" | "return" | "send";

type Props = {
  letterId: string;
  version: number;
  status: LetterStatus;
  /** The statuses the letter may move to now (LETTER_TRANSITIONS). */
  next: readonly LetterStatus[];
  openRemarks: number;
  actions: {
    submit: StepAction<MovedLetter>;
    approve: StepAction<MovedLetter>;
    return: StepAction<MovedLetter>;
    send: StepAction<SentLetter>;
  };
};

const words = nl.letterWorkflow;
const NOTICE_ID = "werkstroom-melding";

export function LetterWorkflowPanel({ letterId, version, status, next, openRemarks, actions }: Props) {
  const [submitResult, submitAction, submitPending] = useActionState(actions.submit, idle);
  const [approveResult, approveAction, approvePending] = useActionState(actions.approve, idle);
  const [returnResult, returnAction, returnPending] = useActionState(actions.return, idle);
  const [sendResult, sendAction, sendPending] = useActionState(actions.send, idle);
  const [latest, setLatest] = useState<Step | null>(null);
  const results: Record<Step, ActionResult<unknown>> = {
    submit: submitResult,
    approve: approveResult,
    return: returnResult,
    send: sendResult,
  };
  const result = latest ? results[latest] : idle;

  const panel = useRef<HTMLElement>(null);
  const shown = useRef(result);
  useEffect(() => {
    if (shown.current === result || result.status === "idle") return;
    shown.current = result;
    const invalid = panel.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    (invalid ?? document.getElementById(NOTICE_ID))?.focus();
  }, [result]);

  const hidden = (
    <>
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const values = (step: Step) => (latest === step ? submittedValues(results[step]) : {});
  const error = (step: Step, field: string) => (latest === step ? fieldError(results[step], field) : undefined);

  return (
    <section ref={panel} className="letter-workflow" aria-labelledby="werkstroom-titel">
      <h2 className="utrecht-heading-2" id="werkstroom-titel">
        {words.title}
      </h2>
      <FormResultNotice result={result} id={NOTICE_ID} />
      {next.length === 0 && <p className="utrecht-paragraph">{words.whoIsNext[status]}</p>}

      {next.includes("IN_REVIEW") && (
        <form
          action={submitAction}
          onSubmit={() => setLatest("submit")}
          className="letter-workflow__step"
          aria-label={words.submit}
        >
          {hidden}
          <p className="utrecht-paragraph">{words.submitHint}</p>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={submitPending || undefined}
          >
            {submitPending ? nl.forms.saving : words.submit}
          </button>
        </form>
      )}

      {next.includes("APPROVED") && (
        <form
          action={approveAction}
          onSubmit={() => setLatest("approve")}
          className="letter-workflow__step"
          aria-label={words.approve}
        >
          {hidden}
          <p className="utrecht-paragraph">{words.approveHint}</p>
          {openRemarks > 0 && (
            <p className="utrecht-paragraph letter-workflow__warning" id="werkstroom-open-opmerkingen">
              {words.openRemarksNote(openRemarks)}
            </p>
          )}
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={approvePending || undefined}
            aria-describedby={openRemarks > 0 ? "werkstroom-open-opmerkingen" : undefined}
          >
            {approvePending ? nl.forms.saving : words.approve}
          </button>
        </form>
      )}

      {next.includes("SENT") && (
        <form
          action={sendAction}
          onSubmit={() => setLatest("send")}
          noValidate
          className="letter-workflow__step stacked-form"
          aria-labelledby="werkstroom-verzonden"
        >
          {hidden}
          <h3 className="utrecht-heading-3" id="werkstroom-verzonden">
            {words.markSent}
          </h3>
          <p className="utrecht-paragraph">{words.markSentHint}</p>
          <div className="letter-workflow__fields">
            <TextField
              id="verzonden-dossier"
              name="dossier"
              label={words.dossier}
              hint={words.dossierHint}
              error={error("send", "dossier")}
              defaultValue={values("send").dossier ?? ""}
              maxLength={40}
              autoComplete="off"
              required
            />
            <TextField
              id="verzonden-nummer"
              name="number"
              label={words.number}
              hint={words.numberHint}
              error={error("send", "number")}
              defaultValue={values("send").number ?? ""}
              maxLength={20}
              autoComplete="off"
              required
            />
            <TextField
              id="verzonden-datum"
              name="sentOn"
              label={words.sentOn}
              hint={words.sentOnHint}
              error={error("send", "sentOn")}
              defaultValue={values("send").sentOn ?? ""}
              inputMode="numeric"
              autoComplete="off"
              required
            />
          </div>
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            aria-disabled={sendPending || undefined}
          >
            {sendPending ? nl.forms.saving : words.markSent}
          </button>
        </form>
      )}

      {next.includes("DRAFT") && (
        <details
          className="letter-workflow__return"
          open={latest === "return" && returnResult.status === "invalid" ? true : undefined}
        >
          <summary>{words.returnToDraft}</summary>
          <form
            action={returnAction}
            onSubmit={() => setLatest("return")}
            noValidate
            className="stacked-form"
            aria-label={words.returnToDraft}
          >
            {hidden}
            <p className="utrecht-paragraph">{words.returnHint}</p>
            <TextAreaField
              id="terug-reden"
              name="reason"
              label={words.reason}
              error={error("return", "reason")}
              defaultValue={values("return").reason ?? ""}
              maxLength={2000}
              rows={3}
              required
            />
            <button
              type="submit"
              className="utrecht-button utrecht-button--secondary-action"
              aria-disabled={returnPending || undefined}
            >
              {returnPending ? nl.forms.saving : words.returnToDraft}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
