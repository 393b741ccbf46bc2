// The frame of a labelled form field: visible label, optional hint, the error (referenced
// by aria-describedby from the control) and the control itself. TextField, TextAreaField
// and SelectField share it.
import type { ReactNode } from "react";

export type FieldFrameProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
  kind: string;
};

export function describedByIds(id: string, hint?: string, error?: string, extra?: string): string | undefined {
  return (
    [error ? `${id}-fout` : undefined, hint ? `${id}-hint` : undefined, extra].filter(Boolean).join(" ") || undefined
  );
}

export function FieldFrame({ id, label, hint, error, children, kind }: FieldFrameProps) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--${kind}${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldHint id={id} hint={hint} />
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </p>
      )}
      <div className="utrecht-form-field__input">{children(describedByIds(id, hint, error))}</div>
    </div>
  );
}

/** A field's hint under its label, which the control names in aria-describedby (describedByIds). */
export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  if (!hint) return null;
  return (
    <p className="utrecht-form-field-description" id={`${id}-hint`}>
      {hint}
    </p>
  );
}
