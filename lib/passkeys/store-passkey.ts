// The two halves of taking in a new passkey that every way of adding one shares (the profile
// page, the second step of signing in, the invitation's page): checking the browser's
// registration answer against the challenge, and storing the credential within the limits.
import "server-only";
import {
  verifyRegistrationResponse,
  type RegistrationResponseJSON,
  type VerifiedRegistrationResponse,
} from "@simplewebauthn/server";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { RelyingParty } from "@/lib/passkeys/relying-party";
import { MAX_PASSKEYS } from "@/lib/passkeys/start-passkey-registration";

export type NewPasskey = NonNullable<VerifiedRegistrationResponse["registrationInfo"]>;

/** The registration answer checked for this challenge, origin and user verification; or a Dutch refusal. */
export async function verifyNewPasskey(
  response: RegistrationResponseJSON,
  challenge: string,
  relyingParty: RelyingParty,
): Promise<NewPasskey> {
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: relyingParty.origin,
      expectedRPID: relyingParty.id,
      requireUserVerification: true,
    });
  } catch {
    throw new AppError("INVALID", nl.passkeys.verificationFailed);
  }
  if (!verification.verified) throw new AppError("INVALID", nl.passkeys.verificationFailed);
  return verification.registrationInfo;
}

/** Stores the passkey for the user (locked, so two tabs cannot pass the limit together). */
export async function insertPasskey(
  tx: Tx,
  { userId, name, passkey }: { userId: string; name: string; passkey: NewPasskey },
): Promise<{ id: string }> {
  const { credential, credentialDeviceType, credentialBackedUp } = passkey;
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const count = await tx.passkey.count({ where: { userId } });
  if (count >= MAX_PASSKEYS) throw new AppError("INVALID", nl.passkeys.limitReached(MAX_PASSKEYS));
  const taken = await tx.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } });
  if (taken) throw new AppError("INVALID", nl.passkeys.alreadyRegistered);
  return tx.passkey.create({
    data: {
      userId,
      name,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: BigInt(credential.counter),
      transports: credential.transports ?? [],
      deviceType: credentialDeviceType,
      backedUp: credentialBackedUp,
    },
    select: { id: true },
  });
}

/** What the audit trail keeps of a new passkey: never key material. */
export const passkeyAuditFields = (id: string, name: string, passkey: NewPasskey) => ({
  passkey: id,
  name,
  deviceType: passkey.credentialDeviceType,
  backedUp: passkey.credentialBackedUp,
});
