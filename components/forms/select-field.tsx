// A labelled select with its hint and error. Options come flat (`options`) or in groups
// (`groups`, as <optgroup>: recommendations by evaluation, contact persons by organisation),
// after an optional first choice such as "Kies een aanbeveling" (`placeholder`, value "").
// The options travel as pairs to OptionList (see there why).
import type { SelectHTMLAttributes } from "react";
import { FieldFrame } from "@/components/forms/field";
import { OptionList } from "@/components/forms/option-list";

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: readonly SelectOption[] };

type SelectFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  placeholder?: string;
  options?: readonly SelectOption[];
  groups?: readonly SelectGroup[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className">;

export function SelectField({
  id,
  label,
  hint,
  error,
  placeholder,
  options = [],
  groups = [],
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} kind="select">
      {(describedBy) => (
        <select
          // React applies a select's defaultValue only when it mounts, and a form action resets
          // the form afterwards: a new key remounts it with the value the user submitted. The key
          // comes before the spread: after it, the compiler falls back to createElement.
          key={String(select.defaultValue ?? "")}
          {...select}
          id={id}
          className={`utrecht-select utrecht-select--html-select${error ? " utrecht-select--invalid" : ""}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {/* The options are rendered from this function inside FieldFrame, as one list of
              children: every one of them needs a key, the first choice too. */}
          {placeholder !== undefined && (
            <option key="" value="">
              {placeholder}
            </option>
          )}
          <OptionList
            key="options"
            options={options.map((option) => [option.value, option.label])}
            groups={groups.map((group) => [group.label, group.options.map((option) => [option.value, option.label])])}
          />
        </select>
      )}
    </FieldFrame>
  );
}
