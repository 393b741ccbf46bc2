"use server";
// The forms of people who are not signed in: choose a password with an invitation or a reset
// link, and ask for a reset link. Passwords never travel back to the browser.
import { after } from "next/server";
import type { ActionResult } from "@/lib/actions/action-result";
import { runPublicFormAction } from "@/lib/actions/run-public-form-action";
import { setPasswordWithLink } from "@/lib/accounts/set-password-with-link";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { requestClientAddress } from "@/lib/auth/request-client-address";
import { AppError } from "@/lib/errors";
import { RequestPasswordResetSchema, SetPasswordWithLinkSchema } from "@/lib/validation/account";
import { nl } from "@/lib/i18n/nl";

/** "Account activeren" with an invitation link. */
export async function activateAccountAction(
  _previous: ActionResult<{ userId: string }>,
  formData: FormData,
): Promise<ActionResult<{ userId: string }>> {
  return runPublicFormAction({
    formData,
    schema: SetPasswordWithLinkSchema,
    run: (input) => setPasswordWithLink({ kind: "invitation", input }),
    success: nl.accounts.activated,
  });
}

/** "Wachtwoord opslaan" with a reset link. */
export async function resetPasswordAction(
  _previous: ActionResult<{ userId: string }>,
  formData: FormData,
): Promise<ActionResult<{ userId: string }>> {
  return runPublicFormAction({
    formData,
    schema: SetPasswordWithLinkSchema,
    run: (input) => setPasswordWithLink({ kind: "reset", input }),
    success: nl.accounts.resetDone,
  });
}

/** "Link versturen": the same answer for every address; the work happens after the response. */
export async function requestPasswordResetAction(
  _previous: ActionResult<{ sent: true }>,
  formData: FormData,
): Promise<ActionResult<{ sent: true }>> {
  const clientAddress = await requestClientAddress();
  return runPublicFormAction({
    formData,
    schema: RequestPasswordResetSchema,
    keep: ["email"],
    run: async (input) => {
      const outcome = await requestPasswordReset({ input, clientAddress, defer: (work) => after(work) });
      if (outcome === "throttled") throw new AppError("INVALID", nl.accounts.forgotThrottled);
      return { sent: true as const };
    },
    success: nl.accounts.forgotSent,
  });
}
