"use server";
// The forms that generate a report's text: "Concept-Kamerbrief maken" and "OESO-vervolgrapport
// maken" (then to the new report's page) and "Opnieuw genereren" (a new version; the letter's pages re-render, also
// after a conflict, so they show the current version).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createLetterDraft, type CreatedLetterDraft } from "@/lib/letters/create-letter-draft";
import { regenerateLetterDraft, type RegeneratedLetterDraft } from "@/lib/letters/regenerate-letter-draft";
import {
  CreateLetterDraftSchema,
  CreateOecdReportSchema,
  RegenerateLetterDraftSchema,
} from "@/lib/validation/letters-generate";
import { createOecdReport } from "@/lib/reports/create-oecd-report";
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
  revalidatePath("/rapportages");
  redirect(`/rapportages/${encodeURIComponent(result.data.letterDraftId)}`);
}

export async function createOecdReportAction(
  _previous: ActionResult<CreatedLetterDraft>,
  formData: FormData,
): Promise<ActionResult<CreatedLetterDraft>> {
  const result = await runFormAction({
    formData,
    schema: CreateOecdReportSchema,
    run: (actor, input) => createOecdReport({ actor, input }),
    success: nl.reports.created,
  });
  if (result.status !== "success") return result;
  revalidatePath("/rapportages/oeso");
  redirect(`/rapportages/${encodeURIComponent(result.data.letterDraftId)}`);
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
  revalidatePath(`/rapportages/${encodeURIComponent(String(formData.get("letterDraftId")))}`, "layout");
  revalidatePath("/rapportages");
  return result;
}
