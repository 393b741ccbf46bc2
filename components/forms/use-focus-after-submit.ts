"use client";
// After a submit, focus goes where the user must look: the first invalid field, or else the
// outcome notice (so a screen reader reads it and a keyboard user starts from there).
import { useEffect, useRef, type RefObject } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { announceFormSaved } from "@/components/forms/form-saved-event";

export function useFocusAfterSubmit(
  result: ActionResult<unknown>,
  form: RefObject<HTMLFormElement | null>,
  noticeId: string,
): void {
  const previous = useRef(result);
  useEffect(() => {
    if (previous.current === result || result.status === "idle") return;
    previous.current = result;
    // Until the shared form hook announces saves itself: the kept draft of this form is done with.
    if (result.status === "success") announceFormSaved(form.current);
    const invalid = form.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    (invalid ?? document.getElementById(noticeId))?.focus();
  }, [result, form, noticeId]);
}
