// What every server action hands back to its form: one shape for success, field errors,
// a conflict with a colleague's save, a refusal and an unexpected failure. The form keeps
// the user's input (`values`) in every outcome but success, so nothing typed is lost.
import type { ConflictDetails } from "@/lib/errors";

export type FieldErrors = Partial<Record<string, string>>;

/** The submitted form fields as text, to put back into the form. */
export type FormValues = Record<string, string>;

export type ActionResult<T = undefined> =
  | { status: "idle" }
  | { status: "success"; message: string; data: T }
  | { status: "invalid"; message: string; fieldErrors: FieldErrors; values: FormValues }
  | { status: "conflict"; message: string; conflict: ConflictDetails; values: FormValues }
  | { status: "refused"; message: string; values: FormValues }
  | { status: "error"; message: string; reference: string; values: FormValues };

export const idle: ActionResult<never> = { status: "idle" };

/** The user's input to show again, or nothing after a success. */
export function submittedValues(result: ActionResult<unknown>): FormValues {
  return "values" in result ? result.values : {};
}

export function fieldError(result: ActionResult<unknown>, field: string): string | undefined {
  return result.status === "invalid" ? result.fieldErrors[field] : undefined;
}

/** A server action as a form calls it through useActionState (see components/forms/use-form-action.ts). */
export type FormAction<T = undefined> = (previous: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>;
