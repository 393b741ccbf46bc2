"use server";
// The user page's account buttons: a (new) invitation, and ending all of the user's sessions.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { sendInvitation } from "@/lib/accounts/send-invitation";
import { endUserSessions } from "@/lib/accounts/end-sessions";
import { UserAccountSchema } from "@/lib/validation/account";
import { nl } from "@/lib/i18n/nl";

/** "Uitnodiging versturen" / "Nieuwe uitnodiging versturen". */
export async function sendInvitationAction(
  _previous: ActionResult<{ email: string }>,
  formData: FormData,
): Promise<ActionResult<{ email: string }>> {
  const result = await runFormAction({
    formData,
    schema: UserAccountSchema,
    run: async (actor, input) => ({ email: (await sendInvitation({ actor, input })).email }),
    success: (data) => nl.accounts.invitationSent(data.email),
  });
  revalidatePath(`/beheer/gebruikers/${encodeURIComponent(String(formData.get("userId") ?? ""))}`);
  return result;
}

/** "Alle sessies van deze gebruiker beëindigen". */
export async function endUserSessionsAction(
  _previous: ActionResult<{ userId: string }>,
  formData: FormData,
): Promise<ActionResult<{ userId: string }>> {
  return runFormAction({
    formData,
    schema: UserAccountSchema,
    run: (actor, input) => endUserSessions({ actor, input }),
    success: nl.accounts.sessionsEnded,
  });
}
