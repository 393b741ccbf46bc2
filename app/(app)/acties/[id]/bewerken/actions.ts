"use server";
// "Gegevens wijzigen": on success, back to the action's page; a conflict keeps the input and
// re-renders this page with the current version.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { updateActionItem, type UpdatedActionItem } from "@/lib/action-items/update-action-item";
import { UpdateActionItemSchema } from "@/lib/validation/action-item";
import { nl } from "@/lib/i18n/nl";

export async function updateActionItemAction(
  _previous: ActionResult<UpdatedActionItem>,
  formData: FormData,
): Promise<ActionResult<UpdatedActionItem>> {
  const result = await runFormAction({
    formData,
    schema: UpdateActionItemSchema,
    run: (actor, input) => updateActionItem({ actor, input }),
    success: nl.actionDetail.saved,
  });
  const page = `/acties/${encodeURIComponent(String(formData.get("actionItemId")))}`;
  revalidatePath(page);
  revalidatePath(`${page}/bewerken`);
  if (result.status === "success")
    redirect(`${page}?melding=${result.data.changed.length > 0 ? "opgeslagen" : "ongewijzigd"}`);
  return result;
}
