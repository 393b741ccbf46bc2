"use client";
// "Concept-Kamerbrief maken": pick the commitment the letter reports on. On success the
// server action goes to the new letter's page; any other outcome stays here with the choice.
import type { FormAction } from "@/lib/actions/action-result";
import type { CreatedLetterDraft } from "@/lib/letters/create-letter-draft";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { SelectField, type SelectOption } from "@/components/forms/select-field";

type Props = {
  action: FormAction<CreatedLetterDraft>;
  /** The commitments, open ones first, each labelled with its status and term. */
  commitments: SelectOption[];
};

export function CreateLetterForm({ action, commitments }: Props) {
  const { result, formAction, form, values, error } = useFormAction(action, "brief-maken-melding");
  const words = nl.letterList;

  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="stacked-form letter-create-form"
      aria-labelledby="brief-maken-titel"
    >
      <h2 className="utrecht-heading-2" id="brief-maken-titel">
        {words.createTitle}
      </h2>
      <p className="utrecht-paragraph">{words.createIntro}</p>
      <FormResultNotice result={result} id="brief-maken-melding" />
      <SelectField
        id="brief-toezegging"
        name="commitmentId"
        label={words.commitmentLabel}
        hint={words.commitmentHint}
        error={error("commitmentId")}
        defaultValue={values.commitmentId ?? ""}
        placeholder={words.commitmentChoose}
        options={commitments}
        required
      />
      <SubmitButton>{words.createSubmit}</SubmitButton>
    </form>
  );
}
