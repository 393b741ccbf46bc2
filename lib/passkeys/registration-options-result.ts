// The options for "Passkey toevoegen" as a server action hands them to the browser: the
// options, or the Dutch reason there are none (the limit reached; anything unexpected logged).
import "server-only";
import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { currentRelyingParty } from "@/lib/passkeys/current-relying-party";
import { startPasskeyRegistration } from "@/lib/passkeys/start-passkey-registration";

export type RegistrationOptionsResult =
  { status: "success"; options: PublicKeyCredentialCreationOptionsJSON } | { status: "invalid"; message: string };

export async function registrationOptionsResult(actor: Actor): Promise<RegistrationOptionsResult> {
  try {
    return {
      status: "success",
      options: await startPasskeyRegistration({ actor, relyingParty: await currentRelyingParty() }),
    };
  } catch (error) {
    if (isAppError(error)) return { status: "invalid", message: error.message };
    reportUnexpectedError(error, { actorId: actor.id });
    return { status: "invalid", message: nl.passkeys.verificationFailed };
  }
}
