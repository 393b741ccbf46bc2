// A labelled select with its hint and error. Options come flat (`options`) or in groups
// (`groups`, as <optgroup>: recommendations by evaluation, contact persons by organisation),
// after an optional first choice such as "Kies een aanbeveling" (`placeholder`, value "").
// The options travel as pairs to OptionList (see there why). A client form that receives a long
// list from its page takes it as pairs already (`toPairGroups` on the server): its props are
// sent as RSC data too, and an object per option costs its two keys on each.
import type { SelectHTMLAttributes } from "react";
import { FieldFrame } from "@/components/forms/field";
import { OptionList, type OptionPairGroup } from "@/components/forms/option-list";

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: readonly SelectOption[] };
export type { OptionPairGroup };

/** Groups as OptionList's pairs, for the props of a client form. */
export function toPairGroups(groups: readonly SelectGroup[]): OptionPairGroup[] {
  return groups.map((group) => [group.label, group.options.map((option) => [option.value, option.label] as const)]);
}

type SelectFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  placeholder?: string;
  options?: readonly SelectOption[];
  groups?: readonly (SelectGroup | OptionPairGroup)[];
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
            groups={groups.map((group) => ("label" in group ? toPairGroups([group])[0]! : group))}
          />
        </select>
      )}
    </FieldFrame>
  );
}
