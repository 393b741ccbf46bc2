"use server";
// "Wachtwoord wijzigen" on the profile page. The change raises the sessionVersion, which ends
// every session of the user, this one too; this browser is then signed in afresh with the new
// password, so only the others end, and goes to a fresh /profiel: the rest of this request
// still carries the old session's claims. Passwords never travel back to the browser.
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { changeOwnPassword } from "@/lib/accounts/change-own-password";
import { requestClientAddress } from "@/lib/auth/request-client-address";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { ChangeOwnPasswordSchema } from "@/lib/validation/account";
import { nl } from "@/lib/i18n/nl";

const PASSWORD_CHANGED_NOTICE = "wachtwoord-gewijzigd";

export async function changeOwnPasswordAction(
  _previous: ActionResult<{ changed: true }>,
  formData: FormData,
): Promise<ActionResult<{ changed: true }>> {
  const clientAddress = await requestClientAddress();
  let signInAgain: { email: string; password: string } | null = null;
  const result = await runFormAction({
    formData,
    schema: ChangeOwnPasswordSchema,
    run: async (actor, input) => {
      const { email } = await changeOwnPassword({ actor, input, clientAddress });
      signInAgain = { email, password: input.newPassword };
      return { changed: true as const };
    },
    success: nl.accounts.changed,
  });
  if (signInAgain) {
    try {
      await signIn("credentials", { ...(signInAgain as { email: string; password: string }), redirect: false });
    } catch (error) {
      // The password did change; this browser then signs in again like the others.
      reportUnexpectedError(error);
    }
    redirect(`/profiel?melding=${PASSWORD_CHANGED_NOTICE}`);
  }
  return "values" in result ? { ...result, values: {} } : result;
}
