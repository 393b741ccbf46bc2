"use server";
// The Toezeggingen forms, thin like every form's action: runFormAction does the user, the
// parse and the outcome; the domain function does the rest. Every outcome but a new
// commitment re-renders the commitment's page, also a conflict (it then shows the new version).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createCommitment, type CreatedCommitment } from "@/lib/commitments/create-commitment";
import { updateCommitment, type UpdatedCommitment } from "@/lib/commitments/update-commitment";
import { recordCommitmentOutcome, type RecordedCommitmentOutcome } from "@/lib/commitments/record-commitment-outcome";
import { CreateCommitmentSchema, UpdateCommitmentSchema } from "@/lib/validation/commitment";
import { RecordCommitmentOutcomeSchema } from "@/lib/validation/commitment-outcome";
import { nl } from "@/lib/i18n/nl";

export async function createCommitmentAction(
  _previous: ActionResult<CreatedCommitment>,
  formData: FormData,
): Promise<ActionResult<CreatedCommitment>> {
  const result = await runFormAction({
    formData,
    schema: CreateCommitmentSchema,
    run: (actor, input) => createCommitment({ actor, input }),
    success: nl.commitments.notices.toegevoegd,
  });
  if (result.status !== "success") return result;
  revalidatePath("/toezeggingen");
  redirect(`/toezeggingen/${encodeURIComponent(result.data.commitmentId)}?melding=toegevoegd`);
}

export async function updateCommitmentAction(
  _previous: ActionResult<UpdatedCommitment>,
  formData: FormData,
): Promise<ActionResult<UpdatedCommitment>> {
  const result = await runFormAction({
    formData,
    schema: UpdateCommitmentSchema,
    run: (actor, input) => updateCommitment({ actor, input }),
    success: nl.commitments.notices.gewijzigd,
  });
  revalidateCommitment(formData);
  if (result.status !== "success") return result;
  redirect(
    `/toezeggingen/${encodeURIComponent(result.data.commitmentId)}?melding=${result.data.changed ? "gewijzigd" : "ongewijzigd"}`,
  );
}

export async function recordCommitmentOutcomeAction(
  _previous: ActionResult<RecordedCommitmentOutcome>,
  formData: FormData,
): Promise<ActionResult<RecordedCommitmentOutcome>> {
  const result = await runFormAction({
    formData,
    schema: RecordCommitmentOutcomeSchema,
    run: (actor, input) => recordCommitmentOutcome({ actor, input }),
    success: (data) => nl.commitments.outcome.saved(nl.commitments.status[data.status]),
  });
  revalidateCommitment(formData);
  return result;
}

function revalidateCommitment(formData: FormData): void {
  revalidatePath("/toezeggingen");
  revalidatePath(`/toezeggingen/${encodeURIComponent(String(formData.get("commitmentId")))}`);
}
