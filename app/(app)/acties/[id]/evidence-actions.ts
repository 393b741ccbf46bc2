"use server";
// The evidence section's forms on the action page. Thin, as every form: runFormAction does
// the user, the parse of the text fields and the mapping of every outcome; the domain
// functions check the permission, the file and the version.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { addEvidenceFile, type AddedEvidence } from "@/lib/evidence/add-evidence-file";
import { addEvidenceLink } from "@/lib/evidence/add-evidence-link";
import { removeEvidence, type RemovedEvidence } from "@/lib/evidence/remove-evidence";
import { AddEvidenceSchema, RemoveEvidenceSchema } from "@/lib/validation/evidence";
import { nl } from "@/lib/i18n/nl";

export async function addEvidenceAction(
  _previous: ActionResult<AddedEvidence>,
  formData: FormData,
): Promise<ActionResult<AddedEvidence>> {
  const file = formData.get("file");
  const result = await runFormAction({
    formData,
    schema: AddEvidenceSchema,
    run: (actor, input) =>
      input.kind === "FILE"
        ? addEvidenceFile({
            actor,
            input: { actionItemId: input.actionItemId, title: input.title, file: file instanceof File ? file : null },
          })
        : addEvidenceLink({ actor, input }),
    success: nl.evidence.added,
  });
  revalidatePath(actionPath(formData));
  return result;
}

export async function removeEvidenceAction(
  _previous: ActionResult<RemovedEvidence>,
  formData: FormData,
): Promise<ActionResult<RemovedEvidence>> {
  const result = await runFormAction({
    formData,
    schema: RemoveEvidenceSchema,
    run: (actor, input) => removeEvidence({ actor, input }),
    success: (removed) => nl.evidence.removed(removed.title),
  });
  // Also after a conflict: the page then no longer lists what a colleague removed.
  revalidatePath(actionPath(formData));
  return result;
}

function actionPath(formData: FormData): string {
  return `/acties/${encodeURIComponent(String(formData.get("actionItemId")))}`;
}
