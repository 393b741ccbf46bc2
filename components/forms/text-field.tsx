// A labelled text input with its hint and error message, wired for screen readers: the
// error is referenced by aria-describedby and the field marked aria-invalid.
import type { InputHTMLAttributes } from "react";
import { FieldFrame, describedByIds } from "@/components/forms/field";

type TextFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Id of another element that describes the field, e.g. a form-level error. */
  describedBy?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className">;

export function TextField({ id, label, hint, error, describedBy, ...input }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} kind="text">
      {() => (
        <input
          {...input}
          id={id}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByIds(id, hint, error, error ? undefined : describedBy)}
        />
      )}
    </FieldFrame>
  );
}
