// "Account activeren" with a passkey instead of a password. No session: the invitation link
// is the proof, and the challenge the browser signed must be the one issued for this link
// (lib/accounts/start-activation-passkey.ts). Then, in one transaction, as with a password
// (set-password-with-link.ts): the link is claimed (one use, the user's other links revoked),
// the passkey stored, the e-mail address marked verified, the sessionVersion raised, and the
// activation audited. A password the account already had is left as it was; an account that
// already has a passkey is refused (a link alone never adds one to such an account).
import "server-only";
import type { RegistrationResponseJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { challengeOf, consumeChallenge } from "@/lib/passkeys/challenges";
import type { RelyingParty } from "@/lib/passkeys/relying-party";
import { insertPasskey, passkeyAuditFields, verifyNewPasskey } from "@/lib/passkeys/store-passkey";
import type { ActivateWithPasskeyInput } from "@/lib/validation/passkey";
import { claimLink, findUsableLink, hashLinkToken } from "./one-time-link";

const unusable = () => new AppError("INVALID", nl.accounts.linkUnusable);

export async function activateWithPasskey({
  input,
  relyingParty,
  now = new Date(),
}: {
  input: ActivateWithPasskeyInput;
  relyingParty: RelyingParty;
  now?: Date;
}): Promise<{ userId: string }> {
  const link = await findUsableLink(db(), { token: input.token, kind: "invitation", now });
  if (!link) throw unusable();
  const response = input.response as RegistrationResponseJSON;
  const challenge = challengeOf(response.response.clientDataJSON);
  // Its own step: a failed check below must not leave the challenge usable.
  const fresh =
    challenge !== null &&
    (await consumeChallenge(
      db(),
      { challenge, purpose: "ACTIVATE", userId: link.user.id, linkTokenHash: hashLinkToken(input.token) },
      now,
    ));
  if (!fresh) throw new AppError("INVALID", nl.passkeys.expired);
  const passkey = await verifyNewPasskey(response, challenge, relyingParty);

  return db().$transaction(async (tx) => {
    if (!(await claimLink(tx, { id: link.id, userId: link.user.id, now }))) throw unusable();
    if ((await tx.passkey.count({ where: { userId: link.user.id } })) > 0) {
      throw new AppError("INVALID", nl.accounts.activatePasskeyHasOne);
    }
    const { id } = await insertPasskey(tx, { userId: link.user.id, name: input.name, passkey });
    const user = await tx.user.update({
      where: { id: link.user.id, active: true },
      data: { sessionVersion: { increment: 1 }, emailVerified: now },
      select: { id: true },
    });
    const added = passkeyAuditFields(id, input.name, passkey);
    await recordAuditEvent(tx, {
      actorId: user.id,
      entityType: "User",
      entityId: user.id,
      kind: "ACCOUNT_ACTIVATED",
      after: { passkeyAdded: true, passwordSet: false, sessionsEnded: true },
    });
    // The passkey's own event too, so that its history reads the same however it was added.
    await recordAuditEvent(tx, {
      actorId: user.id,
      entityType: "User",
      entityId: user.id,
      kind: "PASSKEY_ADDED",
      after: added,
    });
    return { userId: user.id };
  });
}
