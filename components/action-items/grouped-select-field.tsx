// A labelled select whose options come in groups (<optgroup>): recommendations by evaluation,
// contact persons by organisation. Same frame, hint and error wiring as SelectField.
import type { SelectHTMLAttributes } from "react";
import { FieldFrame } from "@/components/forms/field";

export type SelectGroup = { label: string; options: { value: string; label: string }[] };

type Props = { id: string; label: string; hint?: string; error?: string; placeholder: string; groups: readonly SelectGroup[] } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "id" | "className"
>;

export function GroupedSelectField({ id, label, hint, error, placeholder, groups, ...select }: Props) {
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
          <option value="">{placeholder}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
