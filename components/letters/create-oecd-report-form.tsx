"use client";
// "OESO-vervolgrapport maken": pick the Working Group's evaluation the report is about. On
// success the server action goes to the new report's page.
import type { FormAction } from "@/lib/actions/action-result";
import type { CreatedLetterDraft } from "@/lib/reports/insert-report-draft";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { SelectField, type SelectOption } from "@/components/forms/select-field";

type Props = { action: FormAction<CreatedLetterDraft>; evaluations: SelectOption[] };

export function CreateOecdReportForm({ action, evaluations }: Props) {
  const { result, formAction, form, values, error } = useFormAction(action, "oeso-maken-melding");
  const words = nl.reports;
  return (
    <form ref={form} action={formAction} noValidate className="stacked-form" aria-labelledby="oeso-maken-titel">
      <h2 className="utrecht-heading-2" id="oeso-maken-titel">
        {words.createTitle}
      </h2>
      <p className="utrecht-paragraph">{words.createIntro}</p>
      <FormResultNotice result={result} id="oeso-maken-melding" />
      <SelectField
        id="oeso-evaluatie"
        name="evaluationId"
        label={words.evaluationLabel}
        error={error("evaluationId")}
        defaultValue={values.evaluationId ?? ""}
        placeholder={words.evaluationChoose}
        options={evaluations}
        required
      />
      <SubmitButton>{words.createSubmit}</SubmitButton>
    </form>
  );
}
