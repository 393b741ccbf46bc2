// A calendar date as a text field with a Dutch hint ("30-6-2023"), not <input type="date">:
// the browser's date picker differs per browser and locale, is hard to use with a screen
// reader, and cannot take a date typed or pasted the Dutch way. The server accepts
// 30-9-2023, 30-09-2023 and 2023-09-30 (lib/validation/date-text.ts).
import type { InputHTMLAttributes } from "react";
import { TextField } from "@/components/forms/text-field";
import { commonMessages } from "@/lib/i18n/common";
import { dateTextForInput } from "@/lib/validation/date-text";

type DateFieldProps = {
  id: string;
  name: string;
  label: string;
  /** Defaults to "Als dag-maand-jaar, bijvoorbeeld 30-6-2023."; a hint of one's own should say the same. */
  hint?: string;
  error?: string;
  /** What the user typed (kept after an invalid submit), shown as typed. */
  submitted?: string;
  /** The stored date ("YYYY-MM-DD"), shown the Dutch way when nothing was submitted. */
  date?: string | null;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className" | "type" | "defaultValue" | "name">;

export function DateField({ submitted, date, hint = commonMessages.forms.dateHint, ...field }: DateFieldProps) {
  return (
    <TextField
      autoComplete="off"
      spellCheck={false}
      {...field}
      hint={hint}
      defaultValue={submitted ?? (date ? dateTextForInput(date) : "")}
    />
  );
}
