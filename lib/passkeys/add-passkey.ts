// "Passkey toevoegen", second half: checks the browser's registration response against the
// challenge stored for this user (used once), and stores the credential's public key with
// the name the user gave it. Audited, without any key material.
import "server-only";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { challengeOf, consumeChallenge } from "@/lib/passkeys/challenges";
import type { RelyingParty } from "@/lib/passkeys/relying-party";
import { insertPasskey, passkeyAuditFields, verifyNewPasskey } from "@/lib/passkeys/store-passkey";
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

  const passkey = await verifyNewPasskey(response, challenge, relyingParty);
  return withTransaction(tx, async (tx) => {
    const { id } = await insertPasskey(tx, { userId: actor.id, name: input.name, passkey });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: actor.id,
      kind: "PASSKEY_ADDED",
      after: passkeyAuditFields(id, input.name, passkey),
    });
    return { passkeyId: id };
  });
}
