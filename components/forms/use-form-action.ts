"use client";
// What every form needs around its server action: the action's state, focus where the user
// must look after a submit (the outcome notice, which for an invalid submit is the error
// summary), the user's input to put back into the fields, and the signal that a submission
// was saved (the keeper of typed text then forgets the form's draft).
import { useActionState, useEffect, useRef } from "react";
import { idle, fieldError, submittedValues, type ActionResult, type FormAction } from "@/lib/actions/action-result";
import { announceFormSaved } from "@/components/forms/form-saved-event";

export type FormActionState<T> = {
  result: ActionResult<T>;
  formAction: (formData: FormData) => void;
  pending: boolean;
  form: React.RefObject<HTMLFormElement | null>;
  /** The id of the outcome notice (FormResultNotice), where focus goes after a submit. */
  noticeId: string;
  /** The submitted input, to show again; empty after a success. */
  values: Record<string, string>;
  /** The message for one field after an invalid submit. */
  error: (field: string) => string | undefined;
};

export function useFormAction<T>(action: FormAction<T>, noticeId: string): FormActionState<T> {
  const [result, formAction, pending] = useActionState(action, idle as ActionResult<T>);
  const form = useRef<HTMLFormElement>(null);
  const previous = useRef(result);
  useEffect(() => {
    if (previous.current === result || result.status === "idle") return;
    previous.current = result;
    if (result.status === "success") announceFormSaved(form.current);
    document.getElementById(noticeId)?.focus();
  }, [result, noticeId]);
  return {
    result,
    formAction,
    pending,
    form,
    noticeId,
    values: submittedValues(result),
    error: (field) => fieldError(result, field),
  };
}
