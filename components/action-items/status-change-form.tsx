"use client";
// "Status wijzigen": only the statuses the transition table allows this user; the reason is
// required for the transitions that ask for one (the domain checks again).
import type { FormAction } from "@/lib/actions/action-result";
import type { RecordedProgress } from "@/lib/action-items/record-progress";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/client/action-items";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SelectField } from "@/components/forms/select-field";

type Props = {
  action: FormAction<RecordedProgress>;
  actionItemId: string;
  version: number;
  status: ActionStatus;
  nextStatuses: readonly ActionStatus[];
  reasonRequiredFor: readonly ActionStatus[];
};

export function StatusChangeForm({ action, actionItemId, version, status, nextStatuses, reasonRequiredFor }: Props) {
  const { result, formAction, form, values, error } = useFormAction(action, "status-melding");
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
          values={values}
          error={error}
          actionItemId={actionItemId}
          version={version}
          nextStatuses={nextStatuses}
          reasonHint={reasonHint}
        />
      )}
    </form>
  );
}

function StatusFields({
  values,
  error,
  actionItemId,
  version,
  nextStatuses,
  reasonHint,
}: {
  values: Record<string, string>;
  error: (field: string) => string | undefined;
  actionItemId: string;
  version: number;
  nextStatuses: readonly ActionStatus[];
  reasonHint: string;
}) {
  return (
    <>
      <input type="hidden" name="actionItemId" value={actionItemId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        id="status-nieuw"
        name="status"
        label={nl.actionDetail.statusNew}
        error={error("status")}
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
        error={error("reason")}
        defaultValue={values.reason ?? ""}
        rows={3}
        maxLength={2000}
      />
      <SubmitButton>{nl.actionDetail.statusSubmit}</SubmitButton>
    </>
  );
}
