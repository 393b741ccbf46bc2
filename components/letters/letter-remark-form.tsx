"use client";
// "Opmerking toevoegen" on one section of a letter in review (Bijdrager, Coördinator).
import { useActionState, useRef } from "react";
import { idle, fieldError, submittedValues, type ActionResult } from "@/lib/actions/action-result";
import type { AddedLetterRemark } from "@/lib/letters/add-letter-remark";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";
import { TextAreaField } from "@/components/forms/text-area-field";

type Props = {
  action: (previous: ActionResult<AddedLetterRemark>, formData: FormData) => Promise<ActionResult<AddedLetterRemark>>;
  letterId: string;
  sectionKey: string;
};

export function LetterRemarkForm({ action, letterId, sectionKey }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  const id = `opmerking-${sectionKey}`;
  useFocusAfterSubmit(result, form, `${id}-melding`);
  const values = submittedValues(result);
  const formKey = result.status === "success" ? result.data.remarkId : "form";
  return (
    <form ref={form} action={formAction} noValidate className="stacked-form letter-remark-form" key={formKey}>
      <FormResultNotice result={result} id={`${id}-melding`} />
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      <TextAreaField
        id={`${id}-tekst`}
        name="text"
        label={nl.letterEditor.remarkText}
        error={fieldError(result, "text")}
        defaultValue={values.text ?? ""}
        required
        maxLength={4000}
        rows={3}
      />
      <button
        type="submit"
        className="utrecht-button utrecht-button--primary-action"
        aria-disabled={pending || undefined}
      >
        {pending ? nl.forms.saving : nl.letterEditor.remarkSubmit}
      </button>
    </form>
  );
}
