"use client";
// "Opmerking toevoegen" on one section of a letter in review (Bijdrager, Coördinator).
import type { FormAction } from "@/lib/actions/action-result";
import type { AddedLetterRemark } from "@/lib/letters/add-letter-remark";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";

type Props = {
  action: FormAction<AddedLetterRemark>;
  letterId: string;
  sectionKey: string;
};

export function LetterRemarkForm({ action, letterId, sectionKey }: Props) {
  const id = `opmerking-${sectionKey}`;
  const { result, formAction, form, values, error } = useFormAction(action, `${id}-melding`);
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
        error={error("text")}
        defaultValue={values.text ?? ""}
        required
        maxLength={4000}
        rows={3}
      />
      <SubmitButton>{nl.letterEditor.remarkSubmit}</SubmitButton>
    </form>
  );
}
