"use server";
// The action page's forms. Each is thin: runFormAction does the user, the parse and the
// mapping of every outcome; the domain function does the rest.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { addProgressUpdate, type AddedProgressUpdate } from "@/lib/action-items/add-progress-update";
import { AddProgressUpdateSchema } from "@/lib/validation/progress-update";
import { nl } from "@/lib/i18n/nl";

export async function addProgressUpdateAction(_previous: ActionResult<AddedProgressUpdate>, formData: FormData): Promise<ActionResult<AddedProgressUpdate>> {
  const result = await runFormAction({
    formData,
    schema: AddProgressUpdateSchema,
    run: (actor, input) => addProgressUpdate({ actor, input }),
    success: nl.actionDetail.progressAdded,
  });
  // Also after a conflict: the page then shows the colleague's change and the current
  // version, so a second submit of the kept input is a deliberate choice, not a lost update.
  revalidatePath(`/acties/${encodeURIComponent(String(formData.get("actionItemId")))}`);
  return result;
}
