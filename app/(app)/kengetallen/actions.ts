"use server";
// "Waarde toevoegen" on the Kengetallen page: thin; the domain function does the rest.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { addIndicatorValue, type AddedIndicatorValue } from "@/lib/indicators/add-indicator-value";
import { AddIndicatorValueSchema } from "@/lib/validation/indicator";
import { nl } from "@/lib/i18n/nl";

export async function addIndicatorValueAction(
  _previous: ActionResult<AddedIndicatorValue>,
  formData: FormData,
): Promise<ActionResult<AddedIndicatorValue>> {
  const result = await runFormAction({
    formData,
    schema: AddIndicatorValueSchema,
    run: (actor, input) => addIndicatorValue({ actor, input }),
    success: (data) => nl.indicators.added(data.year),
  });
  revalidatePath("/kengetallen");
  return result;
}
