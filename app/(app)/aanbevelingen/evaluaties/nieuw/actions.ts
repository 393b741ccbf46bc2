"use server";
// "Evaluatie registreren": thin; on success on to the recommendation form, with the new
// evaluation chosen, to add its recommendations.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { registerEvaluation, type RegisteredEvaluation } from "@/lib/evaluations/register-evaluation";
import { RegisterEvaluationSchema } from "@/lib/validation/evaluation";
import { nl } from "@/lib/i18n/nl";

export async function registerEvaluationAction(
  _previous: ActionResult<RegisteredEvaluation>,
  formData: FormData,
): Promise<ActionResult<RegisteredEvaluation>> {
  const result = await runFormAction({
    formData,
    schema: RegisterEvaluationSchema,
    run: (actor, input) => registerEvaluation({ actor, input }),
    success: nl.recommendations.evaluationRegistered,
  });
  if (result.status !== "success") return result;
  revalidatePath("/aanbevelingen");
  redirect(
    `/aanbevelingen/nieuw?evaluatie=${encodeURIComponent(result.data.evaluationId)}&melding=evaluatie-geregistreerd`,
  );
}
