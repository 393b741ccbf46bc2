import type { TextareaHTMLAttributes } from "react";
import { FieldFrame } from "@/components/forms/field";

type TextAreaFieldProps = { id: string; label: string; hint?: string; error?: string } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "id" | "className"
>;

export function TextAreaField({ id, label, hint, error, required, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} kind="textarea">
      {(describedBy) => (
        <textarea
          rows={4}
          {...textarea}
          id={id}
          className={`utrecht-textarea utrecht-textarea--html-textarea${error ? " utrecht-textarea--invalid" : ""}`}
          // aria-required, not required: the forms validate on the server (noValidate), and the
          // NL Design System styles an empty required textarea as :invalid before anyone typed.
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}
