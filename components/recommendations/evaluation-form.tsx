"use client";
// "Evaluatie registreren": title, period and subject, evaluator, report date, the date it
// went to the Kamer (optional) and the source. On success the server action moves on to
// the recommendation form, with this evaluation chosen.
import { useActionState, useRef } from "react";
import Link from "next/link";
import { idle, fieldError, submittedValues, type ActionResult } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/recommendations";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";

type Props<T> = { action: (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>> };

export function EvaluationForm<T>({ action }: Props<T>) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(result, form, "evaluatie-melding");
  const values = submittedValues(result);
  const labels = nl.recommendations.evaluationFields;
  const hints = nl.recommendations.evaluationHints;

  return (
    <form ref={form} action={formAction} noValidate className="stacked-form">
      <FormResultNotice result={result} id="evaluatie-melding" />
      <TextField
        id="evaluatie-titel"
        name="title"
        label={labels.title}
        error={fieldError(result, "title")}
        defaultValue={values.title ?? ""}
        required
        maxLength={300}
        autoComplete="off"
      />
      <TextField
        id="evaluatie-periode"
        name="periodEvaluated"
        label={labels.periodEvaluated}
        hint={hints.periodEvaluated}
        error={fieldError(result, "periodEvaluated")}
        defaultValue={values.periodEvaluated ?? ""}
        required
        maxLength={300}
        autoComplete="off"
      />
      <TextField
        id="evaluatie-evaluator"
        name="evaluator"
        label={labels.evaluator}
        error={fieldError(result, "evaluator")}
        defaultValue={values.evaluator ?? ""}
        required
        maxLength={200}
        autoComplete="off"
      />
      <TextField
        id="evaluatie-rapportdatum"
        name="reportDate"
        type="date"
        label={labels.reportDate}
        hint={hints.reportDate}
        error={fieldError(result, "reportDate")}
        defaultValue={values.reportDate ?? ""}
        required
      />
      <TextField
        id="evaluatie-aangeboden"
        name="sentToParliamentOn"
        type="date"
        label={`${labels.sentToParliamentOn} ${nl.forms.optional}`}
        hint={hints.sentToParliamentOn}
        error={fieldError(result, "sentToParliamentOn")}
        defaultValue={values.sentToParliamentOn ?? ""}
      />
      <TextAreaField
        id="evaluatie-bron"
        name="source"
        label={labels.source}
        hint={hints.source}
        error={fieldError(result, "source")}
        defaultValue={values.source ?? ""}
        aria-required
        maxLength={1000}
        rows={3}
      />
      <div className="form-buttons">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={pending || undefined}
        >
          {pending ? nl.forms.saving : nl.recommendations.evaluationSubmit}
        </button>
        <Link className="utrecht-link" href="/aanbevelingen">
          {nl.recommendationDetail.form.cancel}
        </Link>
      </div>
    </form>
  );
}
