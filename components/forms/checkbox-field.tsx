// One labelled checkbox in Utrecht's checkbox form field: the box first, its label beside it,
// an optional hint below that the box points to. Filters, pick lists and the select-all box
// share it; the caller passes the input's own attributes (name, value, defaultChecked,
// onChange) through.
import type { InputHTMLAttributes } from "react";
import { FieldHint, describedByIds } from "@/components/forms/field";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "id" | "className"> & {
  id: string;
  label: string;
  hint?: string;
};

export function CheckboxField({ id, label, hint, ...input }: Props) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <div className="utrecht-form-field__input">
        <input
          {...input}
          type="checkbox"
          id={id}
          className="utrecht-checkbox utrecht-checkbox--html-input"
          aria-describedby={describedByIds(id, hint)}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldHint id={id} hint={hint} />
    </div>
  );
}
