"use server";
// "Sessies van iedereen beëindigen" on the users list (after a security incident).
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { endAllSessions } from "@/lib/accounts/end-sessions";
import { EndAllSessionsSchema } from "@/lib/validation/account";
import { nl } from "@/lib/i18n/nl";

export async function endAllSessionsAction(
  _previous: ActionResult<{ count: number }>,
  formData: FormData,
): Promise<ActionResult<{ count: number }>> {
  return runFormAction({
    formData,
    schema: EndAllSessionsSchema,
    run: (actor) => endAllSessions({ actor }),
    success: (data) => nl.accounts.allSessionsEnded(data.count),
  });
}
