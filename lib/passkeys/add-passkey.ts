// "Passkey toevoegen", second half: checks the browser's registration response against the
// challenge stored for this user (used once), and stores the credential's public key with
// the name the user gave it. Audited, without any key material.
import "server-only";
import { verifyRegistrationResponse, type RegistrationResponseJSON } from "@simplewebauthn/server";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { challengeOf, consumeChallenge } from "@/lib/passkeys/challenges";
import type { RelyingParty } from "@/lib/passkeys/relying-party";
import { MAX_PASSKEYS } from "@/lib/passkeys/start-passkey-registration";
import type { AddPasskeyInput } from "@/lib/validation/passkey";

export async function addPasskey(
  { actor, input, relyingParty }: { actor: Actor; input: AddPasskeyInput; relyingParty: RelyingParty },
  tx?: Tx,
): Promise<{ passkeyId: string }> {
  const response = input.response as RegistrationResponseJSON;
  const challenge = challengeOf(response.response.clientDataJSON);
  // Real time, as for sessions and the audit trail, not the demo's pinned day (lib/clock.ts).
  const moment = new Date();
  // The challenge goes in its own step: a failed check below must not leave it usable.
  const fresh =
    challenge !== null &&
    (await withTransaction(tx, (tx) =>
      consumeChallenge(tx, { challenge, purpose: "REGISTER", userId: actor.id }, moment),
    ));
  if (!fresh) throw new AppError("INVALID", nl.passkeys.expired);

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
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;

  return withTransaction(tx, async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id} FOR UPDATE`;
    const count = await tx.passkey.count({ where: { userId: actor.id } });
    if (count >= MAX_PASSKEYS) throw new AppError("INVALID", nl.passkeys.limitReached(MAX_PASSKEYS));
    const taken = await tx.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } });
    if (taken) throw new AppError("INVALID", nl.passkeys.alreadyRegistered);
    const passkey = await tx.passkey.create({
      data: {
        userId: actor.id,
        name: input.name,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: actor.id,
      kind: "PASSKEY_ADDED",
      after: { passkey: passkey.id, name: input.name, deviceType: credentialDeviceType, backedUp: credentialBackedUp },
    });
    return { passkeyId: passkey.id };
  });
}
