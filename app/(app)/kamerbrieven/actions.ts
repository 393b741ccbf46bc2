"use server";
// The Kamerbrieven forms that generate text: "Concept-Kamerbrief maken" (then to the new
// letter's page) and "Opnieuw genereren" (a new version; the letter's pages re-render, also
// after a conflict, so they show the current version).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createLetterDraft, type CreatedLetterDraft } from "@/lib/letters/create-letter-draft";
import { regenerateLetterDraft, type RegeneratedLetterDraft } from "@/lib/letters/regenerate-letter-draft";
import { CreateLetterDraftSchema, RegenerateLetterDraftSchema } from "@/lib/validation/letters-generate";
import { nl } from "@/lib/i18n/nl";

export async function createLetterDraftAction(
  _previous: ActionResult<CreatedLetterDraft>,
  formData: FormData,
): Promise<ActionResult<CreatedLetterDraft>> {
  const result = await runFormAction({
    formData,
    schema: CreateLetterDraftSchema,
    run: (actor, input) => createLetterDraft({ actor, input }),
    success: nl.letterList.created,
  });
  if (result.status !== "success") return result;
  revalidatePath("/kamerbrieven");
  redirect(`/kamerbrieven/${encodeURIComponent(result.data.letterDraftId)}`);
}

export async function regenerateLetterDraftAction(
  _previous: ActionResult<RegeneratedLetterDraft>,
  formData: FormData,
): Promise<ActionResult<RegeneratedLetterDraft>> {
  const result = await runFormAction({
    formData,
    schema: RegenerateLetterDraftSchema,
    run: (actor, input) => regenerateLetterDraft({ actor, input }),
    success: (data) => nl.letterList.regenerated(data.versionNumber),
  });
  revalidatePath(`/kamerbrieven/${encodeURIComponent(String(formData.get("letterDraftId")))}`, "layout");
  revalidatePath("/kamerbrieven");
  return result;
}
