// Field schemas every form shares, with their Dutch messages. Form fields arrive as text:
// an empty optional field is "", which these schemas read as "not given".
import "@/lib/validation/dutch-zod-messages";
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import type { CalendarDate } from "@/lib/calendar-date";
import { parseDateText } from "@/lib/validation/date-text";

/** The id of a record, from our own form: anything else is a tampered request. */
// Every id in the database is a cuid, a UUID or a readable key of letters, digits, - and _.
export const recordId = z
  .string({ error: nl.forms.invalidId })
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, nl.forms.invalidId);

/** Control characters (except tab and line breaks) never belong in text; PostgreSQL refuses NUL outright. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Search text from a URL: control characters become spaces, so that they never reach a query. */
export function withoutControlCharacters(text: string): string {
  return text.replace(new RegExp(CONTROL_CHARACTERS.source, "g"), " ");
}

/** The largest value of a PostgreSQL integer column, such as every row's `version`. */
export const MAX_DATABASE_INT = 2_147_483_647;

/**
 * The `version` the form was rendered with (optimistic concurrency). No row can have a version
 * past the column's range, and PostgreSQL would refuse to compare with one (a 500).
 */
export const rowVersion = z.coerce
  .number({ error: nl.forms.invalidVersion })
  .int(nl.forms.invalidVersion)
  .min(1, nl.forms.invalidVersion)
  .max(MAX_DATABASE_INT, nl.forms.invalidVersion);

/** Required text, trimmed; `label` completes "Vul … in." (e.g. "een toelichting"). */
export function requiredText(label: string, max: number) {
  return z
    .string({ error: nl.forms.textRequired(label) })
    .trim()
    .min(1, nl.forms.textRequired(label))
    .max(max, nl.forms.textTooLong(max));
}

/** Optional text: "" becomes undefined. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, nl.forms.textTooLong(max))
    .optional()
    .transform((value) => (value ? value : undefined));
}

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** One of an enum's values; "" is "not given" when optional. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: nl.forms.choiceInvalid });
}

export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(emptyToUndefined, z.enum(values, { error: nl.forms.choiceInvalid }).optional());
}

/** A whole percentage 0–100; "" is "not given". */
export const optionalPercentage = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: nl.forms.percentInvalid })
    .int(nl.forms.percentInvalid)
    .min(0, nl.forms.percentInvalid)
    .max(100, nl.forms.percentInvalid)
    .optional(),
);

/**
 * The one schema for a calendar date typed into a form: 30-9-2023, 30-09-2023 or 2023-09-30
 * (see date-text.ts), a day that exists (no 31-2-2023); the result is "YYYY-MM-DD".
 */
// A check and then a transform, not one transform: a failed check lets the form's own
// checks (superRefine on the object) still run, so every field's message shows at once.
export const calendarDate = z
  .string({ error: nl.forms.dateInvalid })
  .superRefine((given, context) => {
    const parsed = parseDateText(given);
    if (!parsed.ok)
      context.addIssue({
        code: "custom",
        message: parsed.problem === "missing" ? nl.forms.dateMissing : nl.forms.dateInvalid,
      });
  })
  .transform((given): CalendarDate => {
    const parsed = parseDateText(given);
    return parsed.ok ? parsed.date : given;
  });

export const optionalCalendarDate = z.preprocess(emptyToUndefined, calendarDate.optional());
