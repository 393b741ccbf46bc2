"use client";
// "Voortgang toevoegen": the model form. The version it was rendered with travels along;
// after any outcome but success the user's input stays in the fields.
import { useActionState, useRef } from "react";
import { idle, fieldError, submittedValues, type ActionResult } from "@/lib/actions/action-result";
import type { AddedProgressUpdate } from "@/lib/action-items/add-progress-update";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/client/action-items";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";

type Props = {
  action: (
    previous: ActionResult<AddedProgressUpdate>,
    formData: FormData,
  ) => Promise<ActionResult<AddedProgressUpdate>>;
  actionItemId: string;
  version: number;
  status: ActionStatus;
  nextStatuses: readonly ActionStatus[];
};

export function ProgressUpdateForm({ action, actionItemId, version, status, nextStatuses }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(result, form, "voortgang-melding");
  const values = submittedValues(result);
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
        error={fieldError(result, "text")}
        defaultValue={values.text ?? ""}
        required
        maxLength={4000}
      />
      <SelectField
        id="voortgang-status"
        name="status"
        label={nl.actionDetail.progressStatus}
        error={fieldError(result, "status")}
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
        error={fieldError(result, "percentDone")}
        defaultValue={values.percentDone ?? ""}
        inputMode="numeric"
        autoComplete="off"
      />
      <button
        type="submit"
        className="utrecht-button utrecht-button--primary-action"
        aria-disabled={pending || undefined}
      >
        {pending ? nl.forms.saving : nl.actionDetail.progressSubmit}
      </button>
    </form>
  );
}
