"use client";
// "Evaluatie registreren": title, period and subject, evaluator, report date, the date it
// went to the Kamer (optional) and the source. On success the server action moves on to
// the recommendation form, with this evaluation chosen.
import Link from "next/link";
import type { FormAction } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/recommendations";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";

type Props<T> = { action: FormAction<T> };

export function EvaluationForm<T>({ action }: Props<T>) {
  const { result, formAction, form, values, error } = useFormAction(action, "evaluatie-melding");
  const labels = nl.recommendations.evaluationFields;
  const hints = nl.recommendations.evaluationHints;

  return (
    <form ref={form} action={formAction} noValidate className="stacked-form">
      <FormResultNotice result={result} id="evaluatie-melding" />
      <TextField
        id="evaluatie-titel"
        name="title"
        label={labels.title}
        error={error("title")}
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
        error={error("periodEvaluated")}
        defaultValue={values.periodEvaluated ?? ""}
        required
        maxLength={300}
        autoComplete="off"
      />
      <TextField
        id="evaluatie-evaluator"
        name="evaluator"
        label={labels.evaluator}
        error={error("evaluator")}
        defaultValue={values.evaluator ?? ""}
        required
        maxLength={200}
        autoComplete="off"
      />
      <DateField
        id="evaluatie-rapportdatum"
        name="reportDate"
        label={labels.reportDate}
        hint={hints.reportDate}
        error={error("reportDate")}
        submitted={values.reportDate}
        required
      />
      <DateField
        id="evaluatie-aangeboden"
        name="sentToParliamentOn"
        label={`${labels.sentToParliamentOn} ${nl.forms.optional}`}
        hint={hints.sentToParliamentOn}
        error={error("sentToParliamentOn")}
        submitted={values.sentToParliamentOn}
      />
      <TextAreaField
        id="evaluatie-bron"
        name="source"
        label={labels.source}
        hint={hints.source}
        error={error("source")}
        defaultValue={values.source ?? ""}
        aria-required
        maxLength={1000}
        rows={3}
      />
      <div className="form-buttons">
        <SubmitButton>{nl.recommendations.evaluationSubmit}</SubmitButton>
        <Link className="utrecht-link" href="/aanbevelingen">
          {nl.recommendationDetail.form.cancel}
        </Link>
      </div>
    </form>
  );
}
