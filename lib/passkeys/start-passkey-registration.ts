// "Passkey toevoegen", first half: the options the browser hands to the authenticator, with a
// fresh challenge stored for this user. A discoverable credential with user verification is
// asked for, so that the passkey alone signs in (docs/decisions/035-passkeys.md); the user's
// existing passkeys are excluded, so one authenticator is not registered twice.
import "server-only";
import { generateRegistrationOptions, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { storeChallenge } from "@/lib/passkeys/challenges";
import type { RelyingParty } from "@/lib/passkeys/relying-party";
import type { AuthenticatorTransportFuture } from "@simplewebauthn/server";

export const MAX_PASSKEYS = 10;
/** How long the browser waits for the authenticator; the stored challenge lives a little longer. */
export const CEREMONY_TIMEOUT_MS = 4 * 60 * 1000;

export async function startPasskeyRegistration(
  { actor, relyingParty }: { actor: Actor; relyingParty: RelyingParty },
  tx?: Tx,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return withTransaction(tx, async (tx) => {
    const existing = await tx.passkey.findMany({
      where: { userId: actor.id },
      select: { credentialId: true, transports: true },
    });
    if (existing.length >= MAX_PASSKEYS) throw new AppError("INVALID", nl.passkeys.limitReached(MAX_PASSKEYS));
    const options = await passkeyCreationOptions({ user: actor, existing, relyingParty });
    await storeChallenge(tx, { challenge: options.challenge, purpose: "REGISTER", userId: actor.id }, new Date());
    return options;
  });
}

/** The options for a new discoverable passkey of this user, the user's existing ones excluded. */
export function passkeyCreationOptions({
  user,
  existing,
  relyingParty,
}: {
  user: { id: string; email: string; name: string };
  existing: { credentialId: string; transports: string[] }[];
  relyingParty: RelyingParty;
}): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: relyingParty.name,
    rpID: relyingParty.id,
    userName: user.email,
    userDisplayName: user.name,
    // The user handle: our id, so that a passkey sign-in can be checked against its owner.
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.credentialId,
      transports: passkey.transports as AuthenticatorTransportFuture[],
    })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
    // ES256 and RS256 cover the platform authenticators and security keys in use; EdDSA too.
    supportedAlgorithmIDs: [-7, -8, -257],
    timeout: CEREMONY_TIMEOUT_MS,
  });
}
