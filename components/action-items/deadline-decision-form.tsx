"use client";
// "Goedkeuren" / "Afwijzen" of one pending deadline request, with a note (required when
// rejecting). On the action page it stays in place after the decision, with its outcome;
// on the queue a decision leads back to the queue with the outcome (see the server action).
import type { ReactNode } from "react";
import type { FormAction } from "@/lib/actions/action-result";
import type { DeadlineDecision } from "@/lib/deadline-changes/decide-deadline-change";
import { nl } from "@/lib/i18n/client/action-items";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";

export type DecisionRequest = { id: string; version: number; actionItemId: string };

type Props = {
  action: FormAction<DeadlineDecision>;
  /** The pending request, or null once it has been decided. */
  request: DecisionRequest | null;
  /** Where the form is: "wachtrij" returns to the queue after a decision. */
  returnTo?: "wachtrij";
  /** The form's own heading (the action page), or the id of a heading outside it that names the request (the queue). */
  heading: { id: string; text?: string };
  /** What the request is, shown above the note while it is pending. */
  children?: ReactNode;
  className?: string;
};

export function DeadlineDecisionForm({ action, request, returnTo, heading, children, className }: Props) {
  const prefix = `besluit-${request?.id ?? "klaar"}`;
  const { result, formAction, form, values, error } = useFormAction(action, `${prefix}-melding`);

  // Nothing to decide and nothing decided yet: no form at all.
  if (!request && result.status === "idle") return null;
  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className={["stacked-form decision-form", className].filter(Boolean).join(" ")}
      aria-labelledby={heading.id}
    >
      {heading.text && (
        <h2 className="utrecht-heading-2" id={heading.id}>
          {heading.text}
        </h2>
      )}
      <FormResultNotice result={result} id={`${prefix}-melding`} />
      {request && (
        <>
          {children}
          <input type="hidden" name="deadlineChangeId" value={request.id} />
          <input type="hidden" name="version" value={request.version} />
          <input type="hidden" name="actionItemId" value={request.actionItemId} />
          {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
          <TextAreaField
            id={`${prefix}-toelichting`}
            name="decisionNote"
            label={nl.actionDetail.decisionNote}
            hint={nl.actionDetail.decisionNoteHint}
            error={error("decisionNote")}
            defaultValue={values.decisionNote ?? ""}
            rows={2}
            maxLength={2000}
          />
          <div className="decision-form__buttons">
            <SubmitButton name="decision" value="APPROVE" pendingLabel={false}>
              {nl.actionDetail.approve}
            </SubmitButton>
            <SubmitButton name="decision" value="REJECT" variant="secondary" pendingLabel={false}>
              {nl.actionDetail.reject}
            </SubmitButton>
          </div>
        </>
      )}
    </form>
  );
}
