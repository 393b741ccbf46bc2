// Field schemas every form shares, with their Dutch messages. Form fields arrive as text:
// an empty optional field is "", which these schemas read as "not given".
import "@/lib/validation/dutch-zod-messages";
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";

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

/** The `version` the form was rendered with (optimistic concurrency). */
export const rowVersion = z.coerce
  .number({ error: nl.forms.invalidVersion })
  .int(nl.forms.invalidVersion)
  .min(1, nl.forms.invalidVersion);

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

/** A calendar date "YYYY-MM-DD" that exists (no 31 June). */
export const calendarDate = z
  .string({ error: nl.forms.dateInvalid })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, nl.forms.dateInvalid)
  .refine(isExistingDate, nl.forms.dateInvalid);

export const optionalCalendarDate = z.preprocess(emptyToUndefined, calendarDate.optional());

function isExistingDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2200 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}
