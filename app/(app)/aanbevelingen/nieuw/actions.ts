"use server";
// "Aanbeveling toevoegen": thin, like every form's action; on success on to the new
// recommendation's page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createRecommendation, type CreatedRecommendation } from "@/lib/recommendations/create-recommendation";
import { CreateRecommendationSchema } from "@/lib/validation/recommendation";
import { nl } from "@/lib/i18n/nl";

export async function createRecommendationAction(
  _previous: ActionResult<CreatedRecommendation>,
  formData: FormData,
): Promise<ActionResult<CreatedRecommendation>> {
  const result = await runFormAction({
    formData,
    schema: CreateRecommendationSchema,
    run: (actor, input) => createRecommendation({ actor, input }),
    success: nl.recommendationDetail.notices.toegevoegd,
  });
  if (result.status !== "success") return result;
  revalidatePath("/aanbevelingen");
  redirect(`/aanbevelingen/${encodeURIComponent(result.data.recommendationId)}?melding=toegevoegd`);
}
