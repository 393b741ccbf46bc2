// runFormAction for the forms of people who are not signed in (activating an account, a
// forgotten password): the same parse, the same mapping of outcomes, without a user.
import "server-only";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { ActionResult } from "@/lib/actions/action-result";
import { CONTROL_CHARACTERS } from "@/lib/validation/fields";
import { fieldErrorsOf, formValues } from "@/lib/actions/run-form-action";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";

export async function runPublicFormAction<S extends z.ZodType, T>({
  formData,
  schema,
  run,
  success,
  keep = [],
}: {
  formData: FormData;
  schema: S;
  run: (input: z.output<S>) => Promise<T>;
  success: string;
  /** The fields to give back to the form; passwords never travel back. */
  keep?: readonly string[];
}): Promise<ActionResult<T>> {
  const all = formValues(formData);
  const values = Object.fromEntries(keep.filter((key) => key in all).map((key) => [key, all[key]!]));
  const controlled = Object.keys(all).filter((key) => CONTROL_CHARACTERS.test(all[key]!));
  if (controlled.length > 0) {
    return {
      status: "invalid",
      message: nl.forms.checkFields,
      fieldErrors: Object.fromEntries(controlled.map((key) => [key, nl.forms.controlCharacters])),
      values,
    };
  }
  const parsed = schema.safeParse(all);
  if (!parsed.success) {
    return { status: "invalid", message: nl.forms.checkFields, fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    return { status: "success", message: success, data: await run(parsed.data) };
  } catch (error) {
    if (!isAppError(error))
      return { status: "error", message: nl.errors.generic, reference: reportUnexpectedError(error), values };
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
}
