// The one signal that a form's submission was saved: the form hook announces it, and the
// keeper of typed text (which survives an expired session) then forgets that form's draft.
export const FORM_SAVED_EVENT = "opvolging:form-saved";

export function announceFormSaved(form: HTMLFormElement | null): void {
  if (!form) return;
  form.dispatchEvent(new CustomEvent(FORM_SAVED_EVENT, { bubbles: true }));
}
