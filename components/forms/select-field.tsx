import type { SelectHTMLAttributes } from "react";
import { FieldFrame } from "@/components/forms/field";

type Option = { value: string; label: string };
type SelectFieldProps = { id: string; label: string; hint?: string; error?: string; options: readonly Option[] } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "id" | "className"
>;

export function SelectField({ id, label, hint, error, options, ...select }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} kind="select">
      {(describedBy) => (
        <select
          {...select}
          // React applies a select's defaultValue only when it mounts, and a form action resets
          // the form afterwards: a new key remounts it with the value the user submitted.
          key={String(select.defaultValue ?? "")}
          id={id}
          className={`utrecht-select utrecht-select--html-select${error ? " utrecht-select--invalid" : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
