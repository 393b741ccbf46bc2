"use server";
// "Aanbeveling bewerken": thin; on success back to the recommendation's page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { updateRecommendation, type UpdatedRecommendation } from "@/lib/recommendations/update-recommendation";
import { UpdateRecommendationSchema } from "@/lib/validation/recommendation";
import { nl } from "@/lib/i18n/nl";

export async function updateRecommendationAction(
  _previous: ActionResult<UpdatedRecommendation>,
  formData: FormData,
): Promise<ActionResult<UpdatedRecommendation>> {
  const result = await runFormAction({
    formData,
    schema: UpdateRecommendationSchema,
    run: (actor, input) => updateRecommendation({ actor, input }),
    success: nl.recommendationDetail.notices.gewijzigd,
  });
  const path = `/aanbevelingen/${encodeURIComponent(String(formData.get("recommendationId")))}`;
  // Also after a conflict: the form then shows the colleague's version, so a second save of
  // the kept input is a deliberate choice, not a lost update.
  revalidatePath(`${path}/bewerken`);
  if (result.status !== "success") return result;
  revalidatePath("/aanbevelingen");
  revalidatePath(path);
  redirect(`${path}?melding=${result.data.changed ? "gewijzigd" : "ongewijzigd"}`);
}
