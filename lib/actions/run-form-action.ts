// The body of every form's server action, in the order CONTRIBUTING.md gives: the signed-in
// user, the zod parse, the domain function, and one result the form can show. Errors map
// onto the result here and nowhere else:
//  - a zod error → the Dutch message per field;
//  - AppError INVALID/NOT_FOUND → a form error (or a field error when it names one);
//  - AppError CONFLICT → who saved first, when, and what changed;
//  - AppError FORBIDDEN → the refusal, and an audit event of the attempt;
//  - BusyError (too much of the same heavy work at once) → its Dutch "try again" sentence;
//  - anything else → logged with a reference code, shown as a generic message.
import "server-only";
import type { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import type { Actor } from "@/lib/auth/actor";
import { isAppError, type AppError } from "@/lib/errors";
import { isBusyError } from "@/lib/overload/busy-error";
import { nl } from "@/lib/i18n/nl";
import type { ActionResult, FieldErrors, FormValues } from "@/lib/actions/action-result";
import { recordRefusedAttempt } from "@/lib/actions/record-refused-attempt";
import { CONTROL_CHARACTERS } from "@/lib/validation/fields";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";

export type RunFormAction<S extends z.ZodType, T> = {
  formData: FormData;
  schema: S;
  run: (actor: Actor, input: z.output<S>) => Promise<T>;
  /** The Dutch confirmation shown after success. */
  success: string | ((data: T) => string);
};

export async function runFormAction<S extends z.ZodType, T>({
  formData,
  schema,
  run,
  success,
}: RunFormAction<S, T>): Promise<ActionResult<T>> {
  const actor = await requireUser();
  const values = formValues(formData);
  return parseAndRun({
    submitted: values,
    values,
    schema,
    run: (input) => run(actor, input),
    success,
    onError: (error) => toActionResult(error, actor, values),
  });
}

type ParseAndRun<S extends z.ZodType, T> = {
  /** Every text field of the form: checked and parsed. */
  submitted: FormValues;
  /** The fields the form gets back to show again (a public form leaves out passwords). */
  values: FormValues;
  schema: S;
  run: (input: z.output<S>) => Promise<T>;
  success: string | ((data: T) => string);
  /** Maps what `run` (or `success`) threw onto the form's result. */
  onError: (error: unknown) => ActionResult<never> | Promise<ActionResult<never>>;
};

/** The core of every form, signed in or not: the control-character rule, the zod parse, the work, the result. */
export async function parseAndRun<S extends z.ZodType, T>({
  submitted,
  values,
  schema,
  run,
  success,
  onError,
}: ParseAndRun<S, T>): Promise<ActionResult<T>> {
  // Before any schema: one rule for every form, so no field can carry a NUL to PostgreSQL.
  const controlled = Object.keys(submitted).filter((key) => CONTROL_CHARACTERS.test(submitted[key]!));
  if (controlled.length > 0) {
    return {
      status: "invalid",
      message: nl.forms.checkFields,
      fieldErrors: Object.fromEntries(controlled.map((key) => [key, nl.forms.controlCharacters])),
      values,
    };
  }
  const parsed = schema.safeParse(submitted);
  if (!parsed.success) {
    return { status: "invalid", message: nl.forms.checkFields, fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    const data = await run(parsed.data);
    return { status: "success", message: typeof success === "function" ? success(data) : success, data };
  } catch (error) {
    return onError(error);
  }
}

export async function toActionResult(error: unknown, actor: Actor, values: FormValues): Promise<ActionResult<never>> {
  // Nothing was done and nothing is wrong with the input: the form keeps it for a new try.
  if (isBusyError(error)) return { status: "invalid", message: error.message, fieldErrors: {}, values };
  if (!isAppError(error)) {
    const reference = reportUnexpectedError(error, { actorId: actor.id });
    return { status: "error", message: nl.errors.generic, reference, values };
  }
  switch (error.code) {
    case "FORBIDDEN":
      await recordRefusedAttempt(actor, error);
      return { status: "refused", message: error.message, values };
    case "CONFLICT":
      return {
        status: "conflict",
        message: error.message,
        conflict: error.details.conflict ?? { changedBy: null, changedAt: null, changes: [] },
        values,
      };
    default:
      return invalidResultOf(error, values);
  }
}

/** An AppError the person can act on: on its field when it names one, else above the form. */
export function invalidResultOf(error: AppError, values: FormValues): ActionResult<never> {
  const field = error.details.fieldError;
  if (field)
    return {
      status: "invalid",
      message: nl.forms.checkFields,
      fieldErrors: { [field.field]: field.message },
      values,
    };
  return { status: "invalid", message: error.message, fieldErrors: {}, values };
}

/** The form's text fields; files are left to the action that expects them. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue; // React's own fields
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

/** The first message per field, keyed by the field's name (nested paths joined with "."). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}
