// runFormAction for the forms of people who are not signed in (activating an account, a
// forgotten password): the same parse, the same mapping of outcomes, without a user.
import "server-only";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { ActionResult } from "@/lib/actions/action-result";
import { formValues, invalidResultOf, parseAndRun } from "@/lib/actions/run-form-action";
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
  const submitted = formValues(formData);
  const values = Object.fromEntries(keep.filter((key) => key in submitted).map((key) => [key, submitted[key]!]));
  return parseAndRun({
    submitted,
    values,
    schema,
    run,
    success,
    // No user to record a refusal or a conflict for: every AppError is something to correct.
    onError: (error) =>
      isAppError(error)
        ? invalidResultOf(error, values)
        : { status: "error", message: nl.errors.generic, reference: reportUnexpectedError(error), values },
  });
}
