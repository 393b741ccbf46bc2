"use server";
// "Nieuwe actie": on success, on to the new action's page.
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createActionItem } from "@/lib/action-items/create-action-item";
import { CreateActionItemSchema } from "@/lib/validation/action-item";
import { nl } from "@/lib/i18n/nl";

export async function createActionItemAction(
  _previous: ActionResult<{ actionItemId: string }>,
  formData: FormData,
): Promise<ActionResult<{ actionItemId: string }>> {
  const result = await runFormAction({
    formData,
    schema: CreateActionItemSchema,
    run: (actor, input) => createActionItem({ actor, input }),
    success: nl.actionDetail.created,
  });
  if (result.status === "success")
    redirect(`/acties/${encodeURIComponent(result.data.actionItemId)}?melding=aangemaakt`);
  return result;
}
