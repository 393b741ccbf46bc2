// Checks a passkey sign-in (a WebAuthn assertion) for the "passkey" credentials provider
// (lib/auth/auth.ts): the challenge was issued by us and is used once, the credential is
// known, its signature is valid for our origin with user verification, and its signature
// counter moved forward. A counter that stands still or goes back (while either is non-zero)
// points at a cloned authenticator: refused. Every outcome is audited, as for passwords.
import {
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransportFuture,
} from "@simplewebauthn/server";
import type { PrismaClient } from "@/lib/db-client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isDemoEmail } from "@/lib/auth/demo-account";
import { signInUserSelect, toSessionIdentity, type SessionIdentity } from "@/lib/auth/session-identity";
import { challengeOf, consumeChallenge } from "@/lib/passkeys/challenges";
import type { RelyingParty } from "@/lib/passkeys/relying-party";
import { PasskeySignInSchema } from "@/lib/validation/passkey";

export type PasskeyFailure =
  | "malformed"
  | "challenge"
  | "unknown-credential"
  | "user-handle"
  | "signature"
  | "counter"
  | "inactive"
  | "demo-account";

export type PasskeyResult = { ok: true; identity: SessionIdentity } | { ok: false; reason: PasskeyFailure };

export type AuthorizePasskeyOptions = {
  relyingParty: RelyingParty;
  now?: Date;
  clientAddress?: string | null;
  refuseDemoAccounts?: boolean;
};

/** The signature counter in authenticatorData: bytes 33–36 after the RP id hash and flags. */
export function counterOf(authenticatorData: string): number | null {
  const bytes = Buffer.from(authenticatorData, "base64url");
  return bytes.length >= 37 ? bytes.readUInt32BE(33) : null;
}

export async function authorizePasskey(
  prisma: PrismaClient,
  credentials: unknown,
  options: AuthorizePasskeyOptions,
): Promise<PasskeyResult> {
  const { relyingParty, now = new Date(), clientAddress = null, refuseDemoAccounts = false } = options;
  const parsed = PasskeySignInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "malformed" };
  const response = parsed.data.response as AuthenticationResponseJSON;

  const fail = async (reason: PasskeyFailure, user: { id: string; email: string } | null): Promise<PasskeyResult> => {
    await recordAuditEvent(prisma, {
      actorId: user?.id ?? null,
      entityType: "SignIn",
      // as for passwords, the e-mail address; a credential nobody has: its id
      entityId: user?.email ?? response.id,
      kind: "SIGN_IN_FAILED",
      after: { method: "passkey", reason, clientAddress },
    });
    return { ok: false, reason };
  };

  const challenge = challengeOf(response.response.clientDataJSON);
  if (!challenge || !(await consumeChallenge(prisma, { challenge, purpose: "SIGN_IN", userId: null }, now))) {
    // A replayed or invented answer: not worth an audit event each (anyone can send them).
    return { ok: false, reason: "challenge" };
  }

  const passkey = await prisma.passkey.findUnique({
    where: { credentialId: response.id },
    select: {
      id: true,
      publicKey: true,
      counter: true,
      transports: true,
      user: { select: signInUserSelect },
    },
  });
  if (!passkey) return fail("unknown-credential", null);
  const user = passkey.user;
  const userHandle = response.response.userHandle;
  if (userHandle && Buffer.from(userHandle, "base64url").toString("utf8") !== user.id) return fail("user-handle", user);

  const stored = Number(passkey.counter);
  let newCounter: number;
  try {
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: relyingParty.origin,
      expectedRPID: relyingParty.id,
      requireUserVerification: true,
      credential: {
        id: response.id,
        publicKey: new Uint8Array(passkey.publicKey),
        // The counter is checked below, where a refusal can be told apart from a bad signature.
        counter: 0,
        transports: passkey.transports as AuthenticatorTransportFuture[],
      },
    });
    if (!verification.verified) return fail("signature", user);
    newCounter = verification.authenticationInfo.newCounter;
  } catch {
    return fail("signature", user);
  }
  if ((newCounter > 0 || stored > 0) && newCounter <= stored) {
    await recordAuditEvent(prisma, {
      actorId: user.id,
      entityType: "User",
      entityId: user.id,
      kind: "PASSKEY_COUNTER_REFUSED",
      after: { passkey: passkey.id, stored, received: newCounter, clientAddress },
    });
    return fail("counter", user);
  }
  if (!user.active) return fail("inactive", user);
  if (refuseDemoAccounts && isDemoEmail(user.email)) return fail("demo-account", user);

  // Only when the counter is still the one checked: of two parallel uses of one counter value, one wins.
  const { count } = await prisma.passkey.updateMany({
    where: { id: passkey.id, counter: passkey.counter },
    data: { counter: BigInt(newCounter), lastUsedAt: now },
  });
  if (count === 0) return fail("counter", user);
  await recordAuditEvent(prisma, {
    actorId: user.id,
    entityType: "SignIn",
    entityId: user.email,
    kind: "SIGN_IN_SUCCEEDED",
    after: { method: "passkey", passkey: passkey.id, clientAddress },
  });
  return { ok: true, identity: toSessionIdentity(user) };
}
