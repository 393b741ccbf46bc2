"use server";
// "Weergaven beheren": renaming and removing one's own saved views.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import type { SavedView } from "@/lib/saved-views/save-view";
import { renameSavedView } from "@/lib/saved-views/rename-saved-view";
import { deleteSavedView } from "@/lib/saved-views/delete-saved-view";
import { DeleteViewSchema, RenameViewSchema } from "@/lib/validation/saved-view";
import { nl } from "@/lib/i18n/nl";

export async function renameSavedViewAction(
  _previous: ActionResult<SavedView>,
  formData: FormData,
): Promise<ActionResult<SavedView>> {
  const result = await runFormAction({
    formData,
    schema: RenameViewSchema,
    run: (actor, input) => renameSavedView({ actor, input }),
    success: (view) => nl.savedViews.renamed(view.name),
  });
  if (result.status === "success") revalidateViews();
  return result;
}

export async function deleteSavedViewAction(
  _previous: ActionResult<SavedView>,
  formData: FormData,
): Promise<ActionResult<SavedView>> {
  const result = await runFormAction({
    formData,
    schema: DeleteViewSchema,
    run: (actor, input) => deleteSavedView({ actor, input }),
    success: nl.savedViews.removed,
  });
  if (result.status !== "success") return result;
  revalidateViews();
  // The row and its form are gone: the page itself says so.
  redirect("/acties/weergaven?melding=verwijderd");
}

function revalidateViews() {
  revalidatePath("/acties/weergaven");
  revalidatePath("/acties");
}
