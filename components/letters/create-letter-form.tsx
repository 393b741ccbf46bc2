"use client";
// "Concept-Kamerbrief maken": pick the commitment the letter reports on. On success the
// server action goes to the new letter's page; any other outcome stays here with the choice.
import { useActionState, useRef } from "react";
import { idle, fieldError, submittedValues, type ActionResult } from "@/lib/actions/action-result";
import type { CreatedLetterDraft } from "@/lib/letters/create-letter-draft";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";
import { SelectField, type SelectOption } from "@/components/forms/select-field";

type Props = {
  action: (previous: ActionResult<CreatedLetterDraft>, formData: FormData) => Promise<ActionResult<CreatedLetterDraft>>;
  /** The commitments, open ones first, each labelled with its status and term. */
  commitments: SelectOption[];
};

export function CreateLetterForm({ action, commitments }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(result, form, "brief-maken-melding");
  const values = submittedValues(result);
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
        error={fieldError(result, "commitmentId")}
        defaultValue={values.commitmentId ?? ""}
        placeholder={words.commitmentChoose}
        options={commitments}
        required
      />
      <button
        type="submit"
        className="utrecht-button utrecht-button--primary-action"
        aria-disabled={pending || undefined}
      >
        {pending ? nl.forms.saving : words.createSubmit}
      </button>
    </form>
  );
}
