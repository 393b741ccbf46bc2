// A labelled text input with its error message, wired for screen readers: the error is
// referenced by aria-describedby and the field marked aria-invalid.
import type { InputHTMLAttributes } from "react";

type TextFieldProps = {
  id: string;
  label: string;
  error?: string;
  /** Id of another element that describes the field, e.g. a form-level error. */
  describedBy?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className">;

export function TextField({ id, label, error, describedBy, ...input }: TextFieldProps) {
  const errorId = `${id}-fout`;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {error && (
        <p className="utrecht-form-field-error-message" id={errorId}>
          {error}
        </p>
      )}
      <div className="utrecht-form-field__input">
        <input
          {...input}
          id={id}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : describedBy}
        />
      </div>
    </div>
  );
}
