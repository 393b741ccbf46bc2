"use client";
// "Status wijzigen": only the statuses the transition table allows this user; the reason is
// required for the transitions that ask for one (the domain checks again).
import { useActionState, useRef } from "react";
import { idle, fieldError, submittedValues, type ActionResult } from "@/lib/actions/action-result";
import type { RecordedProgress } from "@/lib/action-items/record-progress";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/client/action-items";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SelectField } from "@/components/forms/select-field";

type Props = {
  action: (previous: ActionResult<RecordedProgress>, formData: FormData) => Promise<ActionResult<RecordedProgress>>;
  actionItemId: string;
  version: number;
  status: ActionStatus;
  nextStatuses: readonly ActionStatus[];
  reasonRequiredFor: readonly ActionStatus[];
};

export function StatusChangeForm({ action, actionItemId, version, status, nextStatuses, reasonRequiredFor }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(result, form, "status-melding");
  const formKey = result.status === "success" ? result.data.progressUpdateId : "form";
  const reasonHint =
    reasonRequiredFor.length > 0
      ? nl.actionDetail.statusReasonHint(reasonRequiredFor.map((next) => `‘${nl.actionStatus[next]}’`).join(" en "))
      : nl.actionDetail.statusReasonHintOptional;

  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="stacked-form"
      aria-labelledby="status-titel"
      key={formKey}
    >
      <h2 className="utrecht-heading-2" id="status-titel">
        {nl.actionDetail.statusTitle}
      </h2>
      <p className="utrecht-paragraph">{nl.actionDetail.statusIntro(nl.actionStatus[status])}</p>
      <FormResultNotice result={result} id="status-melding" />
      {nextStatuses.length === 0 ? (
        <p className="utrecht-paragraph">{nl.actionDetail.statusNoChoices}</p>
      ) : (
        <StatusFields
          result={result}
          actionItemId={actionItemId}
          version={version}
          nextStatuses={nextStatuses}
          reasonHint={reasonHint}
          pending={pending}
        />
      )}
    </form>
  );
}

function StatusFields({
  result,
  actionItemId,
  version,
  nextStatuses,
  reasonHint,
  pending,
}: {
  result: ActionResult<RecordedProgress>;
  actionItemId: string;
  version: number;
  nextStatuses: readonly ActionStatus[];
  reasonHint: string;
  pending: boolean;
}) {
  const values = submittedValues(result);
  return (
    <>
      <input type="hidden" name="actionItemId" value={actionItemId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        id="status-nieuw"
        name="status"
        label={nl.actionDetail.statusNew}
        error={fieldError(result, "status")}
        defaultValue={values.status ?? ""}
        options={[
          { value: "", label: nl.actionDetail.statusChoose },
          ...nextStatuses.map((next) => ({ value: next, label: nl.actionStatus[next] })),
        ]}
      />
      <TextAreaField
        id="status-reden"
        name="reason"
        label={nl.actionDetail.statusReason}
        hint={reasonHint}
        error={fieldError(result, "reason")}
        defaultValue={values.reason ?? ""}
        rows={3}
        maxLength={2000}
      />
      <button
        type="submit"
        className="utrecht-button utrecht-button--primary-action"
        aria-disabled={pending || undefined}
      >
        {pending ? nl.forms.saving : nl.actionDetail.statusSubmit}
      </button>
    </>
  );
}
