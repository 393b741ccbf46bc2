"use client";
// The error summary above a form after an invalid submit (the GOV.UK pattern): a heading,
// what went wrong, and each field's message as a link to that field. Focus moves here after
// the submit (use-form-action.ts); a link moves focus to its field and shows its label.
import type { MouseEvent } from "react";
import type { FieldErrors } from "@/lib/actions/action-result";
import { commonMessages } from "@/lib/i18n/common";

type ErrorSummaryProps = { id: string; message: string; fieldErrors: FieldErrors };

export function ErrorSummary({ id, message, fieldErrors }: ErrorSummaryProps) {
  const errors = Object.entries(fieldErrors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return (
    <div
      className="utrecht-alert utrecht-alert--error form-alert error-summary"
      role="alert"
      aria-labelledby={`${id}-titel`}
      id={id}
      tabIndex={-1}
    >
      <h2 className="utrecht-heading-3 error-summary__title" id={`${id}-titel`}>
        {commonMessages.forms.errorSummaryTitle}
      </h2>
      <p className="utrecht-paragraph">{message}</p>
      {errors.length > 0 && (
        <ul className="utrecht-unordered-list error-summary__list">
          {errors.map(([name, error]) => (
            <li key={name}>
              <a className="utrecht-link" ref={(link) => linkToField(link, name)} onClick={focusField}>
                {error}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The errors are keyed by the field's name; the link needs the control's id, which only the
 * form knows: the first visible control of that name (of radio buttons, the first). Usually
 * the form around the summary; a panel of small forms shows one summary for all. A field
 * that is not in the form (such as a hidden version) leaves its message as text.
 */
function linkToField(link: HTMLAnchorElement | null, name: string) {
  if (!link) return;
  const scope = link.closest("form") ?? link.closest(".error-summary")?.parentElement;
  const controls = scope?.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]`) ?? [];
  const control = Array.from(controls).find((candidate) => candidate.id && candidate.type !== "hidden");
  if (control) link.setAttribute("href", `#${control.id}`);
  else link.removeAttribute("href");
}

/** Focus the field itself (a fragment link only scrolls), with its label in view above it. */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const fieldId = event.currentTarget.getAttribute("href")?.slice(1);
  const field = fieldId ? document.getElementById(fieldId) : null;
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(field.id)}"]`) ?? field.closest("fieldset");
  field.focus({ preventScroll: true });
  (label ?? field).scrollIntoView({ block: "start" });
}
