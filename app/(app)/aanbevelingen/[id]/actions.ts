"use server";
// The recommendation page's forms: set the status by hand with a reason, and lift it again.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  overrideRecommendationStatus,
  type OverriddenStatus,
} from "@/lib/recommendations/override-recommendation-status";
import {
  clearRecommendationStatusOverride,
  type ClearedStatusOverride,
} from "@/lib/recommendations/clear-recommendation-status-override";
import {
  ClearRecommendationStatusOverrideSchema,
  OverrideRecommendationStatusSchema,
} from "@/lib/validation/recommendation";
import { nl } from "@/lib/i18n/nl";

export async function overrideRecommendationStatusAction(
  _previous: ActionResult<OverriddenStatus>,
  formData: FormData,
): Promise<ActionResult<OverriddenStatus>> {
  const result = await runFormAction({
    formData,
    schema: OverrideRecommendationStatusSchema,
    run: (actor, input) => overrideRecommendationStatus({ actor, input }),
    success: nl.recommendationDetail.override.saved,
  });
  // Also after a conflict: the page then shows the current version (see the model action).
  revalidatePath(pathOf(formData));
  if (result.status === "success") revalidatePath("/aanbevelingen");
  return result;
}

export async function clearRecommendationStatusOverrideAction(
  _previous: ActionResult<ClearedStatusOverride>,
  formData: FormData,
): Promise<ActionResult<ClearedStatusOverride>> {
  const result = await runFormAction({
    formData,
    schema: ClearRecommendationStatusOverrideSchema,
    run: (actor, input) => clearRecommendationStatusOverride({ actor, input }),
    success: nl.recommendationDetail.notices.opgeheven,
  });
  revalidatePath(pathOf(formData));
  if (result.status !== "success") return result;
  revalidatePath("/aanbevelingen");
  // The form goes with the override: the confirmation is shown by the page itself.
  redirect(`${pathOf(formData)}?melding=opgeheven`);
}

function pathOf(formData: FormData): string {
  return `/aanbevelingen/${encodeURIComponent(String(formData.get("recommendationId")))}`;
}
