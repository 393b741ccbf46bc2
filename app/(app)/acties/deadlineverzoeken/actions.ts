"use server";
// "Goedkeuren" / "Afwijzen" of a deadline request: on the queue and on the action page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { decideDeadlineChange, type DeadlineDecision } from "@/lib/deadline-changes/decide-deadline-change";
import { DecideDeadlineChangeSchema } from "@/lib/validation/deadline-change";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";

export async function decideDeadlineChangeAction(
  _previous: ActionResult<DeadlineDecision>,
  formData: FormData,
): Promise<ActionResult<DeadlineDecision>> {
  const result = await runFormAction({
    formData,
    schema: DecideDeadlineChangeSchema,
    run: (actor, input) => decideDeadlineChange({ actor, input }),
    success: (data) =>
      data.status === "APPROVED"
        ? nl.actionDetail.approved(formatCalendarDate(data.dueDate))
        : nl.actionDetail.rejected,
  });
  revalidatePath("/acties/deadlineverzoeken");
  // The form names its action only so that its page shows the decision too.
  const actionItemId = formData.get("actionItemId");
  if (typeof actionItemId === "string" && actionItemId) revalidatePath(`/acties/${encodeURIComponent(actionItemId)}`);
  // On the queue the decided request leaves the list, and its form with it: the outcome goes along in the URL.
  if (result.status === "success" && formData.get("returnTo") === "wachtrij") {
    redirect(`/acties/deadlineverzoeken?melding=${result.data.status === "APPROVED" ? "goedgekeurd" : "afgewezen"}`);
  }
  return result;
}
