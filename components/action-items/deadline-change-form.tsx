"use client";
// "Deadline wijzigen": a Bijdrager's request, or a coordinator's direct change, each with a
// reason. While a request is pending the fields give way (one request at a time; a
// coordinator decides that request first), but the form stays in place so that its outcome
// stays readable after the page re-renders.
import type { FormAction } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/action-items";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { DateField } from "@/components/forms/date-field";

type Props<T> = {
  action: FormAction<T>;
  mode: "request" | "direct";
  actionItemId: string;
  version: number;
  /**
   * The current deadline and the start date, written out on the server: formatting them here
   * would bring date-fns and its Dutch locale into the page's JavaScript for two dates.
   */
  dueDateText: string;
  startDateText: string | null;
  /** A request is pending: no fields now. */
  blocked: boolean;
};

export function DeadlineChangeForm<T>({
  action,
  mode,
  actionItemId,
  version,
  dueDateText,
  startDateText,
  blocked,
}: Props<T>) {
  const { result, formAction, form, values, error } = useFormAction(action, "deadline-melding");
  // A new key after each success empties the fields for the next change.
  const formKey = result.status === "success" ? JSON.stringify(result.data) : "form";

  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="stacked-form"
      aria-labelledby="deadline-titel"
      key={formKey}
    >
      <h2 className="utrecht-heading-2" id="deadline-titel">
        {nl.actionDetail.deadlineTitle}
      </h2>
      <FormResultNotice result={result} id="deadline-melding" />
      {blocked ? (
        <p className="utrecht-paragraph">
          {mode === "direct"
            ? nl.actionDetail.deadlinePendingBlocksDirect
            : nl.actionDetail.deadlinePendingBlocksRequest}
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            {nl.actionDetail.deadlineCurrent(dueDateText)}{" "}
            {mode === "request" ? nl.actionDetail.deadlineRequestIntro : nl.actionDetail.deadlineDirectIntro}
          </p>
          <input type="hidden" name="actionItemId" value={actionItemId} />
          <input type="hidden" name="version" value={version} />
          <DateField
            id="deadline-datum"
            name="newDueDate"
            label={nl.actionDetail.deadlineNewDate}
            hint={
              startDateText
                ? nl.actionDetail.deadlineNewDateHintStart(startDateText)
                : nl.actionDetail.deadlineNewDateHint
            }
            error={error("newDueDate")}
            submitted={values.newDueDate}
            required
          />
          <TextAreaField
            id="deadline-reden"
            name="reason"
            label={nl.actionDetail.deadlineReason}
            hint={nl.actionDetail.deadlineReasonHint}
            error={error("reason")}
            defaultValue={values.reason ?? ""}
            rows={3}
            required
            maxLength={2000}
          />
          <SubmitButton>{nl.actionDetail.deadlineSubmit}</SubmitButton>
        </>
      )}
    </form>
  );
}
