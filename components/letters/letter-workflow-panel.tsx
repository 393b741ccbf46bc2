"use client";
// The Coördinator's workflow controls on every page of a letter: only the steps the
// transition table allows from the current status, each a small form carrying the version
// the page was rendered with. The panel outlives a status change (it sits in the layout), so
// the outcome of the last step is shown at its top even when that step's form is gone.
import { useState } from "react";
import { idle, type ActionResult, type FormAction } from "@/lib/actions/action-result";
import type { LetterStatus } from "@/lib/generated/prisma/enums.ts";
import type { MovedLetter } from "@/lib/letters/letter-step";
import type { SentLetter } from "@/lib/letters/mark-letter-sent";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";

type Step = "submit" | "approve" | "return" | "send";

type Props = {
  letterId: string;
  version: number;
  status: LetterStatus;
  /** The statuses the letter may move to now (LETTER_TRANSITIONS). */
  next: readonly LetterStatus[];
  openRemarks: number;
  /** The OECD report is sent with its date only; a Kamerbrief with its Kamerstuk. */
  withKamerstuk: boolean;
  actions: {
    submit: FormAction<MovedLetter>;
    approve: FormAction<MovedLetter>;
    return: FormAction<MovedLetter>;
    send: FormAction<SentLetter>;
  };
};

const words = nl.letterWorkflow;
const NOTICE_ID = "werkstroom-melding";

export function LetterWorkflowPanel({ letterId, version, status, next, openRemarks, withKamerstuk, actions }: Props) {
  // One outcome notice for the four steps: each step's form focuses it after a submit.
  const { result: submitResult, formAction: submitAction, form: submitForm } = useFormAction(actions.submit, NOTICE_ID);
  const {
    result: approveResult,
    formAction: approveAction,
    form: approveForm,
  } = useFormAction(actions.approve, NOTICE_ID);
  const {
    result: returnResult,
    formAction: returnAction,
    form: returnForm,
    values: returnValues,
    error: returnError,
  } = useFormAction(actions.return, NOTICE_ID);
  const {
    result: sendResult,
    formAction: sendAction,
    form: sendForm,
    values: sendValues,
    error: sendError,
  } = useFormAction(actions.send, NOTICE_ID);
  const [latest, setLatest] = useState<Step | null>(null);
  const results: Record<Step, ActionResult<unknown>> = {
    submit: submitResult,
    approve: approveResult,
    return: returnResult,
    send: sendResult,
  };
  const result = latest ? results[latest] : idle;

  const hidden = (
    <>
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  // A step's input and errors show only while its outcome is the one shown.
  const values = { return: latest === "return" ? returnValues : {}, send: latest === "send" ? sendValues : {} };
  const error = (step: "return" | "send", field: string) =>
    latest === step ? (step === "return" ? returnError : sendError)(field) : undefined;

  return (
    <section className="letter-workflow" aria-labelledby="werkstroom-titel">
      <h2 className="utrecht-heading-2" id="werkstroom-titel">
        {words.title}
      </h2>
      <FormResultNotice result={result} id={NOTICE_ID} />
      {next.length === 0 && <p className="utrecht-paragraph">{words.whoIsNext[status]}</p>}

      {next.includes("IN_REVIEW") && (
        <form
          ref={submitForm}
          action={submitAction}
          onSubmit={() => setLatest("submit")}
          className="letter-workflow__step"
          aria-label={words.submit}
        >
          {hidden}
          <p className="utrecht-paragraph">{words.submitHint}</p>
          <SubmitButton>{words.submit}</SubmitButton>
        </form>
      )}

      {next.includes("APPROVED") && (
        <form
          ref={approveForm}
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
          <SubmitButton aria-describedby={openRemarks > 0 ? "werkstroom-open-opmerkingen" : undefined}>
            {words.approve}
          </SubmitButton>
        </form>
      )}

      {next.includes("SENT") && (
        <form
          ref={sendForm}
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
          <p className="utrecht-paragraph">{withKamerstuk ? words.markSentHint : nl.reports.markSentHint}</p>
          {!withKamerstuk && <input type="hidden" name="soort" value="OECD_WGB" />}
          <div className="letter-workflow__fields">
            {withKamerstuk && (
              <>
                <TextField
                  id="verzonden-dossier"
                  name="dossier"
                  label={words.dossier}
                  hint={words.dossierHint}
                  error={error("send", "dossier")}
                  defaultValue={values.send.dossier ?? ""}
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
                  defaultValue={values.send.number ?? ""}
                  maxLength={20}
                  autoComplete="off"
                  required
                />
              </>
            )}
            <DateField
              id="verzonden-datum"
              name="sentOn"
              label={words.sentOn}
              hint={words.sentOnHint}
              error={error("send", "sentOn")}
              submitted={values.send.sentOn}
              required
            />
          </div>
          <SubmitButton>{words.markSent}</SubmitButton>
        </form>
      )}

      {next.includes("DRAFT") && (
        <details
          className="letter-workflow__return"
          open={latest === "return" && returnResult.status === "invalid" ? true : undefined}
        >
          <summary>{words.returnToDraft}</summary>
          <form
            ref={returnForm}
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
              defaultValue={values.return.reason ?? ""}
              maxLength={2000}
              rows={3}
              required
            />
            <SubmitButton variant="secondary">{words.returnToDraft}</SubmitButton>
          </form>
        </details>
      )}
    </section>
  );
}
