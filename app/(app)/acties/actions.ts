"use server";
// The action list's own forms: "Weergave opslaan" and "Contactpersoon toewijzen".
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { saveView, type SavedView } from "@/lib/saved-views/save-view";
import { SaveViewSchema } from "@/lib/validation/saved-view";
import { assignContactInBulk, type BulkAssignResult } from "@/lib/action-items/assign-contact-in-bulk";
import { BulkAssignContactSchema } from "@/lib/validation/bulk-assign";
import { nl } from "@/lib/i18n/nl";

export async function saveViewAction(
  _previous: ActionResult<SavedView>,
  formData: FormData,
): Promise<ActionResult<SavedView>> {
  const result = await runFormAction({
    formData,
    schema: SaveViewSchema,
    run: (actor, input) => saveView({ actor, input }),
    success: (view) => nl.savedViews.saved(view.name),
  });
  if (result.status === "success") revalidatePath("/acties");
  return result;
}

export async function assignContactInBulkAction(
  _previous: ActionResult<BulkAssignResult>,
  formData: FormData,
): Promise<ActionResult<BulkAssignResult>> {
  // Every ticked checkbox is a field "actie"; the schema reads them as one list.
  const fields = new FormData();
  const contactUserId = formData.get("contactUserId");
  if (typeof contactUserId === "string") fields.set("contactUserId", contactUserId);
  fields.set(
    "actions",
    formData
      .getAll("actie")
      .filter((value) => typeof value === "string")
      .join(" "),
  );
  const result = await runFormAction({
    formData: fields,
    schema: BulkAssignContactSchema,
    run: (actor, input) => assignContactInBulk({ actor, input }),
    success: (outcome) => nl.bulkAssign.result(outcome.changed.length, outcome.unchanged.length),
  });
  if (result.status === "success" && result.data.changed.length > 0) revalidatePath("/acties");
  return result;
}
