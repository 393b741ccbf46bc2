"use client";
// "Voortgang toevoegen": the model form. The version it was rendered with travels along;
// after any outcome but success the user's input stays in the fields.
import type { FormAction } from "@/lib/actions/action-result";
import type { AddedProgressUpdate } from "@/lib/action-items/add-progress-update";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/client/action-items";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";

type Props = {
  action: FormAction<AddedProgressUpdate>;
  actionItemId: string;
  version: number;
  status: ActionStatus;
  nextStatuses: readonly ActionStatus[];
};

export function ProgressUpdateForm({ action, actionItemId, version, status, nextStatuses }: Props) {
  const { result, formAction, form, values, error } = useFormAction(action, "voortgang-melding");
  // After a success the page re-renders with the new version; key resets the fields.
  const formKey = result.status === "success" ? result.data.progressUpdateId : "form";

  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="stacked-form"
      aria-labelledby="voortgang-titel"
      key={formKey}
    >
      <h2 className="utrecht-heading-2" id="voortgang-titel">
        {nl.actionDetail.progressTitle}
      </h2>
      <FormResultNotice result={result} id="voortgang-melding" />
      <input type="hidden" name="actionItemId" value={actionItemId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        id="voortgang-tekst"
        name="text"
        label={nl.actionDetail.progressText}
        hint={nl.actionDetail.progressTextHint}
        error={error("text")}
        defaultValue={values.text ?? ""}
        required
        maxLength={4000}
      />
      <TextAreaField
        id="voortgang-tekst-en"
        name="textEn"
        lang="en"
        label={nl.actionDetail.progressTextEn}
        hint={nl.actionDetail.progressTextEnHint}
        error={error("textEn")}
        defaultValue={values.textEn ?? ""}
        maxLength={4000}
      />
      <SelectField
        id="voortgang-status"
        name="status"
        label={nl.actionDetail.progressStatus}
        error={error("status")}
        defaultValue={values.status ?? ""}
        options={[
          { value: "", label: nl.actionDetail.progressStatusUnchanged(nl.actionStatus[status]) },
          ...nextStatuses.map((next) => ({ value: next, label: nl.actionStatus[next] })),
        ]}
      />
      <TextField
        id="voortgang-percentage"
        name="percentDone"
        label={nl.actionDetail.progressPercent}
        hint={nl.actionDetail.progressPercentHint}
        error={error("percentDone")}
        defaultValue={values.percentDone ?? ""}
        inputMode="numeric"
        autoComplete="off"
      />
      <SubmitButton>{nl.actionDetail.progressSubmit}</SubmitButton>
    </form>
  );
}
