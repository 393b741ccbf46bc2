"use server";
// "Inloggen met een passkey": the options for the browser (a fresh challenge), then the
// browser's answer to Auth.js's "passkey" credentials provider (lib/auth/auth.ts).
import { AuthError } from "next-auth";
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { PASSKEY_PROVIDER_ID, signIn } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { db } from "@/lib/db";
import { nl } from "@/lib/i18n/nl";
import { startPasskeySignIn } from "@/lib/passkeys/start-passkey-sign-in";
import { currentRelyingParty } from "@/lib/passkeys/current-relying-party";
import { MAX_RESPONSE_CHARACTERS } from "@/lib/validation/passkey";

export type PasskeySignInOptionsResult =
  { status: "success"; options: PublicKeyCredentialRequestOptionsJSON } | { status: "busy"; message: string };

export async function passkeySignInOptionsAction(): Promise<PasskeySignInOptionsResult> {
  const options = await startPasskeySignIn(db(), { relyingParty: await currentRelyingParty(), now: new Date() });
  return options ? { status: "success", options } : { status: "busy", message: nl.passkeys.busy };
}

export type PasskeySignInState = { formError?: string };

export async function signInWithPasskey(
  _previous: PasskeySignInState,
  formData: FormData,
): Promise<PasskeySignInState> {
  const response = formData.get("response");
  if (typeof response !== "string" || response.length > MAX_RESPONSE_CHARACTERS) {
    return { formError: nl.passkeys.signInFailed };
  }
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn(PASSKEY_PROVIDER_ID, { response, redirectTo: safeReturnPath(formData.get("terug")) });
  } catch (error) {
    if (error instanceof AuthError) {
      if (error.type !== "CredentialsSignin") console.error(`[inloggen] ${error.type}`);
      return { formError: nl.passkeys.signInFailed };
    }
    throw error;
  }
  return {};
}
