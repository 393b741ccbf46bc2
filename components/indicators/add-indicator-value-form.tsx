"use client";
// "Waarde toevoegen" (Coördinator): a year, its value as a Dutch reader types it ("18,8")
// and its source. The input stays after any outcome but success.
import type { FormAction } from "@/lib/actions/action-result";
import type { AddedIndicatorValue } from "@/lib/indicators/add-indicator-value";
import { nl } from "@/lib/i18n/client/indicators";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/forms/text-field";

type Props = {
  action: FormAction<AddedIndicatorValue>;
  indicatorId: string;
  indicatorKey: string;
  name: string;
  unit: string;
};

export function AddIndicatorValueForm({ action, indicatorId, indicatorKey, name, unit }: Props) {
  const prefix = `waarde-${indicatorKey}`;
  const { result, formAction, form, values, error } = useFormAction(action, `${prefix}-melding`);
  const formKey = result.status === "success" ? result.data.indicatorValueId : "form";

  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="stacked-form indicator__form"
      aria-labelledby={`${prefix}-titel`}
      key={formKey}
    >
      <h3 className="utrecht-heading-3" id={`${prefix}-titel`}>
        {nl.indicators.addTitle}
      </h3>
      <p className="utrecht-paragraph">{nl.indicators.addIntro(name)}</p>
      <FormResultNotice result={result} id={`${prefix}-melding`} />
      <input type="hidden" name="indicatorId" value={indicatorId} />
      <TextField
        id={`${prefix}-jaar`}
        name="year"
        label={nl.indicators.year}
        hint={nl.indicators.yearHint}
        error={error("year")}
        defaultValue={values.year ?? ""}
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        required
      />
      <TextField
        id={`${prefix}-waarde`}
        name="value"
        label={nl.indicators.value(unit)}
        hint={nl.indicators.valueHint}
        error={error("value")}
        defaultValue={values.value ?? ""}
        inputMode="decimal"
        autoComplete="off"
        required
      />
      <TextField
        id={`${prefix}-bron`}
        name="source"
        label={nl.indicators.source}
        hint={nl.indicators.sourceHint}
        error={error("source")}
        defaultValue={values.source ?? ""}
        maxLength={500}
        required
      />
      <SubmitButton>{nl.indicators.submit}</SubmitButton>
    </form>
  );
}
