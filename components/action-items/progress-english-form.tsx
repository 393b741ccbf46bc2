"use client";
// "Engelse tekst toevoegen" under a journal entry written without English: once filled in,
// the entry shows it and the form is gone (decision 040).
import type { FormAction } from "@/lib/actions/action-result";
import type { AddedProgressUpdateEnglish } from "@/lib/action-items/add-progress-update-english";
import { nl } from "@/lib/i18n/client/action-items";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";

type Props = {
  action: FormAction<AddedProgressUpdateEnglish>;
  actionItemId: string;
  progressUpdateId: string;
};

export function ProgressEnglishForm({ action, actionItemId, progressUpdateId }: Props) {
  const noticeId = `engels-melding-${progressUpdateId}`;
  const { result, formAction, form, values, error } = useFormAction(action, noticeId);
  return (
    <form ref={form} action={formAction} noValidate className="stacked-form journal__english-form">
      <FormResultNotice result={result} id={noticeId} />
      <input type="hidden" name="actionItemId" value={actionItemId} />
      <input type="hidden" name="progressUpdateId" value={progressUpdateId} />
      <TextAreaField
        id={`engels-${progressUpdateId}`}
        name="textEn"
        lang="en"
        label={nl.actionDetail.progressEnglishLabel}
        error={error("textEn")}
        defaultValue={values.textEn ?? ""}
        required
        maxLength={4000}
        rows={3}
      />
      <SubmitButton>{nl.actionDetail.progressEnglishAdd}</SubmitButton>
    </form>
  );
}
