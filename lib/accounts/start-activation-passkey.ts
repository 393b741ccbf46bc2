// "Passkey instellen" on the invitation's page, first half: the options for the browser's
// ceremony. The person is not signed in, so the challenge is bound to the invitation link
// (the SHA-256 of its token, as the link itself is stored) and to its user, and each new
// request replaces the link's earlier challenge: at most one open per usable link. An
// account that already has a passkey gets none here (docs/decisions/046-passkey-on-activation.md).
import "server-only";
import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { storeChallenge } from "@/lib/passkeys/challenges";
import type { RelyingParty } from "@/lib/passkeys/relying-party";
import { passkeyCreationOptions } from "@/lib/passkeys/start-passkey-registration";
import { findUsableLink, hashLinkToken } from "./one-time-link";

export async function startActivationPasskey({
  token,
  relyingParty,
  now = new Date(),
}: {
  token: string;
  relyingParty: RelyingParty;
  now?: Date;
}): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return db().$transaction(async (tx) => {
    const link = await findUsableLink(tx, { token, kind: "invitation", now });
    if (!link) throw new AppError("INVALID", nl.accounts.linkUnusable);
    if ((await tx.passkey.count({ where: { userId: link.user.id } })) > 0) {
      throw new AppError("INVALID", nl.accounts.activatePasskeyHasOne);
    }
    const options = await passkeyCreationOptions({ user: link.user, existing: [], relyingParty });
    await storeChallenge(
      tx,
      { challenge: options.challenge, purpose: "ACTIVATE", userId: link.user.id, linkTokenHash: hashLinkToken(token) },
      now,
    );
    return options;
  });
}
