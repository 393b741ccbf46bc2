// Reading typed text out of a form and putting it back, for any form on any page, so that no
// form needs to know about drafts (components/session/form-draft-keeper.tsx).
// Never kept: passwords, files (the browser cannot put them back anyway), hidden inputs (values the
// server put there, such as the record version) and buttons.
import type { DraftFields, DraftValue } from "@/lib/form-drafts/draft-store";

/** Marks a sign-out form: submitting it forgets the person's drafts (a shared computer). */
export const SIGN_OUT_FORM_ATTRIBUTE = "data-sign-out";

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const NOT_KEPT = new Set(["password", "file", "hidden", "submit", "button", "reset", "image"]);

/** Whether a field of this type and name is kept ("$ACTION_…" inputs are Next's own). */
export function isKeptFieldType(type: string, name: string): boolean {
  return name !== "" && !name.startsWith("$ACTION") && !NOT_KEPT.has(type.toLowerCase());
}

/**
 * A form that sends by GET to an address (a filter or search form, next/form) keeps its state in
 * the URL: putting old values back would show filters that do not match the list. Server action
 * forms post, or carry React's javascript: placeholder as their action.
 */
export function isNavigationForm(method: string, action: string | null): boolean {
  return method.toLowerCase() === "get" && !(action ?? "").trim().toLowerCase().startsWith("javascript:");
}

export function isKeptField(element: EventTarget | null): element is Field {
  if (
    !(element instanceof HTMLInputElement) &&
    !(element instanceof HTMLTextAreaElement) &&
    !(element instanceof HTMLSelectElement)
  )
    return false;
  const form = element.form;
  return (
    !element.disabled &&
    form !== null &&
    !isNavigationForm(form.method, form.getAttribute("action")) &&
    isKeptFieldType(element.type, element.name)
  );
}

function keptFields(form: HTMLFormElement): Field[] {
  return Array.from(form.elements).filter(isKeptField);
}

/**
 * The form's identity on its page: its id, else the heading that names it, else its field
 * names with its position among forms with the same names. Stable between two renders of the page.
 */
export function formIdentity(form: HTMLFormElement): string {
  if (form.id) return `#${form.id}`;
  const labelledBy = form.getAttribute("aria-labelledby") ?? form.getAttribute("aria-label");
  if (labelledBy) return `@${labelledBy}`;
  const names = (candidate: HTMLFormElement) =>
    keptFields(candidate)
      .map((field) => field.name)
      .join(",");
  const own = names(form);
  const twins = Array.from(document.forms).filter((candidate) => names(candidate) === own);
  return `${own}#${twins.indexOf(form)}`;
}

/** The record version the form was rendered with (its hidden `version` input), or "". */
export function formVersion(form: HTMLFormElement): string {
  const field = form.elements.namedItem("version");
  return field instanceof HTMLInputElement ? field.value : "";
}

function valueOf(field: Field): DraftValue {
  if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio")) return field.checked;
  if (field instanceof HTMLSelectElement && field.multiple)
    return Array.from(field.selectedOptions).map((option) => option.value);
  return field.value;
}

function defaultOf(field: Field): DraftValue {
  if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio"))
    return field.defaultChecked;
  if (field instanceof HTMLSelectElement) {
    const chosen = Array.from(field.options).filter((option) => option.defaultSelected);
    if (field.multiple) return chosen.map((option) => option.value);
    return (chosen[0] ?? field.options[0])?.value ?? "";
  }
  return field.defaultValue;
}

const same = (a: DraftValue | undefined, b: DraftValue) => JSON.stringify(a) === JSON.stringify(b);

/** The form's kept fields, or null when every one still holds what the page rendered. */
export function readDraft(form: HTMLFormElement): DraftFields | null {
  const fields: DraftFields = {};
  let changed = false;
  for (const field of keptFields(form)) {
    const value = valueOf(field);
    if (!same(value, defaultOf(field))) changed = true;
    (fields[field.name] ??= []).push(value);
  }
  return changed ? fields : null;
}

// React keeps its own copy of a controlled field's value: setting it through the prototype's
// setter and announcing an input event lets React (and any counter beside the field) see the change.
function setValue(field: Field, value: DraftValue): boolean {
  if (same(valueOf(field), value)) return false;
  if (field instanceof HTMLInputElement && typeof value === "boolean") {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "checked")!.set!.call(field, value);
  } else if (field instanceof HTMLSelectElement && Array.isArray(value)) {
    for (const option of Array.from(field.options)) option.selected = value.includes(option.value);
  } else if (typeof value === "string") {
    const prototype = Object.getPrototypeOf(field) as object;
    Object.getOwnPropertyDescriptor(prototype, "value")!.set!.call(field, value);
  } else {
    return false;
  }
  field.dispatchEvent(new Event("input", { bubbles: true }));
  field.dispatchEvent(new Event("change", { bubbles: true }));
  return true;
}

/** Puts the draft back into the form; true when a field changed. */
export function applyDraft(form: HTMLFormElement, draft: DraftFields): boolean {
  const seen: Record<string, number> = {};
  let changed = false;
  for (const field of keptFields(form)) {
    const index = (seen[field.name] = (seen[field.name] ?? -1) + 1);
    const value = draft[field.name]?.[index];
    if (value !== undefined && setValue(field, value)) changed = true;
  }
  return changed;
}
