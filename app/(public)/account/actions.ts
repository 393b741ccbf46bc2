"use server";
// The forms of people who are not signed in: choose a password with an invitation or a reset
// link, and ask for a reset link. Passwords never travel back to the browser.
import { after } from "next/server";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { runPublicFormAction } from "@/lib/actions/run-public-form-action";
import { setPasswordWithLink } from "@/lib/accounts/set-password-with-link";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { requestClientAddress } from "@/lib/auth/request-client-address";
import { AppError, isAppError } from "@/lib/errors";
import { RequestPasswordResetSchema, SetPasswordWithLinkSchema } from "@/lib/validation/account";
import { nl } from "@/lib/i18n/nl";
import { isPasswordSignInEnabled } from "@/lib/env";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { activateWithPasskey } from "@/lib/accounts/activate-with-passkey";
import { startActivationPasskey } from "@/lib/accounts/start-activation-passkey";
import { currentRelyingParty } from "@/lib/passkeys/current-relying-party";
import type { RegistrationOptionsResult } from "@/lib/passkeys/registration-options-result";
import { linkToken } from "@/lib/validation/account";
import { ActivateWithPasskeySchema } from "@/lib/validation/passkey";

/** The sign-in page's notice after an activation with a passkey (app/(public)/inloggen/page.tsx). */
const ACTIVATED_WITH_PASSKEY_NOTICE = "passkey-geactiveerd";

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

/**
 * "Passkey instellen" on the invitation's page, first half: the options for the browser,
 * bound to the link (the page binds its token to this action).
 */
export async function activationPasskeyOptionsAction(token: unknown): Promise<RegistrationOptionsResult> {
  const parsed = linkToken.safeParse(token);
  if (!parsed.success || !isPasswordSignInEnabled()) return { status: "invalid", message: nl.accounts.linkUnusable };
  try {
    return {
      status: "success",
      options: await startActivationPasskey({ token: parsed.data, relyingParty: await currentRelyingParty() }),
    };
  } catch (error) {
    if (isAppError(error)) return { status: "invalid", message: error.message };
    reportUnexpectedError(error, {});
    return { status: "invalid", message: nl.passkeys.verificationFailed };
  }
}

/** "Passkey instellen", second half: activates the account; then on to the sign-in page. */
export async function activateWithPasskeyAction(
  _previous: ActionResult<{ userId: string }>,
  formData: FormData,
): Promise<ActionResult<{ userId: string }>> {
  const relyingParty = await currentRelyingParty();
  const result = await runPublicFormAction({
    formData,
    schema: ActivateWithPasskeySchema,
    keep: ["name"],
    run: (input) => {
      // Passkeys sign in only beside the password (PASSWORD_SIGN_IN); without it one is useless.
      if (!isPasswordSignInEnabled()) throw new AppError("INVALID", nl.accounts.linkUnusable);
      return activateWithPasskey({ input, relyingParty });
    },
    success: nl.accounts.activatedWithPasskey,
  });
  if (result.status === "success") redirect(`/inloggen?melding=${ACTIVATED_WITH_PASSKEY_NOTICE}`);
  return result;
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
