// "Inloggen met een passkey", first half: options with a fresh challenge and no list of
// credentials, so the browser offers whichever passkey of this site the person has
// (a discoverable credential: no e-mail address first; docs/decisions/035-passkeys.md).
// Anyone may ask before signing in, so the open challenges are bounded.
import { generateAuthenticationOptions, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import type { PrismaClient } from "@/lib/db-client";
import { storeChallenge } from "@/lib/passkeys/challenges";
import type { RelyingParty } from "@/lib/passkeys/relying-party";

export const SIGN_IN_TIMEOUT_MS = 4 * 60 * 1000;

export async function startPasskeySignIn(
  prisma: PrismaClient,
  { relyingParty, now }: { relyingParty: RelyingParty; now: Date },
): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const options = await generateAuthenticationOptions({
    rpID: relyingParty.id,
    userVerification: "required",
    timeout: SIGN_IN_TIMEOUT_MS,
  });
  const { stored } = await storeChallenge(
    prisma,
    { challenge: options.challenge, purpose: "SIGN_IN", userId: null },
    now,
  );
  return stored ? options : null;
}
