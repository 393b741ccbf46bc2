"use client";
// One button that runs a server action about an account ("Uitnodiging versturen", "Alle
// sessies … beëindigen"), with its outcome above it. Optional: a checkbox that must be ticked.
import type { FormAction } from "@/lib/actions/action-result";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

type Props<T> = {
  action: FormAction<T>;
  id: string;
  label: string;
  fields?: Record<string, string>;
  /** A statement to tick first; posted as confirm=ja. */
  confirm?: string;
  variant?: "primary" | "secondary";
};

export function AccountButtonForm<T>({ action, id, label, fields = {}, confirm, variant = "secondary" }: Props<T>) {
  const { result, formAction, form, error } = useFormAction(action, `${id}-melding`);
  const confirmError = error("confirm");
  return (
    <form ref={form} action={formAction} noValidate className="stacked-form" aria-label={label}>
      <FormResultNotice result={result} id={`${id}-melding`} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm && (
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          {confirmError && (
            <p className="utrecht-form-field-error-message" id={`${id}-bevestig-fout`}>
              {confirmError}
            </p>
          )}
          <input
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            id={`${id}-bevestig`}
            name="confirm"
            value="ja"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? `${id}-bevestig-fout` : undefined}
          />{" "}
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-bevestig`}>
            {confirm}
          </label>
        </div>
      )}
      <div>
        <SubmitButton variant={variant} pendingLabel={false}>
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}
