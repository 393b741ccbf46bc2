// Checks an e-mail address and password against the users table, behind the sign-in
// throttle. It never reveals which part was wrong, nor whether the account exists. Every
// outcome is recorded in the audit trail (never the password), for the Beheerder.
import type { PrismaClient } from "@/lib/db-client";
import { getDummyHash, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import { passwordCheckLimiter } from "@/lib/auth/password-check-limiter";
import { countSignInAttempt, recordSuccessfulSignIn, removeStaleSignInThrottles } from "@/lib/auth/sign-in-throttle";
import { isDemoEmail } from "@/lib/auth/demo-account";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { SignInSchema } from "@/lib/validation/sign-in";
import { signInUserSelect, toSessionIdentity, type SessionIdentity } from "@/lib/auth/session-identity";

export type CredentialsResult =
  | { ok: true; identity: SessionIdentity }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date }
  | { ok: false; reason: "busy" };

export type AuthorizeOptions = {
  now?: Date;
  /** The client's address (lib/auth/client-address.ts), for the per-address limit. */
  clientAddress?: string | null;
  /** Outside a local demo in production (lib/env.ts): demo accounts never sign in. */
  refuseDemoAccounts?: boolean;
  /** Chance per attempt of removing stale throttle rows; 1 % keeps the table small at no noticeable cost. */
  cleanUpChance?: number;
  random?: () => number;
};

type FailureReason = "password" | "unknown-account" | "inactive" | "no-password" | "demo-account";

export async function authorizeCredentials(
  prisma: PrismaClient,
  credentials: unknown,
  options: AuthorizeOptions = {},
): Promise<CredentialsResult> {
  const {
    now = new Date(),
    clientAddress = null,
    refuseDemoAccounts = false,
    cleanUpChance = 0.01,
    random = Math.random,
  } = options;
  const parsed = SignInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const signIn = { actorId: null, entityType: "SignIn", entityId: email } as const;

  if (random() < cleanUpChance) await removeStaleSignInThrottles(prisma, now);

  // Counted before the password is looked at: parallel guesses each get their own number.
  const decision = await countSignInAttempt(prisma, { email, clientAddress }, now);
  if (!decision.allowed) {
    // Once per block, not per refused attempt: a flood must not flood the audit trail.
    if (decision.lockoutStarted) {
      await recordAuditEvent(prisma, {
        ...signIn,
        kind: "SIGN_IN_THROTTLED",
        after: {
          method: "password",
          limit: decision.key.startsWith("ip:") ? "client-address" : "email",
          clientAddress,
          retryAt: decision.retryAt.toISOString(),
        },
      });
    }
    return { ok: false, reason: "throttled", retryAt: decision.retryAt };
  }

  const user = await prisma.user.findUnique({ where: { email }, select: { ...signInUserSelect, passwordHash: true } });
  const storedHash = user?.passwordHash || (await getDummyHash());
  const check = await passwordCheckLimiter.run(() => verifyPassword(password, storedHash));
  if (!check.ran) return { ok: false, reason: "busy" };

  const failure: FailureReason | null = !user
    ? "unknown-account"
    : !user.passwordHash
      ? "no-password"
      : !check.value
        ? "password"
        : !user.active
          ? "inactive"
          : refuseDemoAccounts && isDemoEmail(email)
            ? "demo-account"
            : null;
  if (failure || !user) {
    await recordAuditEvent(prisma, {
      ...signIn,
      actorId: user?.id ?? null,
      kind: "SIGN_IN_FAILED",
      after: { method: "password", reason: failure, clientAddress },
    });
    return { ok: false, reason: "invalid" };
  }

  await recordSuccessfulSignIn(prisma, { email, clientAddress });
  // Upgrade a hash made with older parameters while the password is at hand. Only when it
  // is still the hash just checked (a concurrent change wins); the session version stays,
  // so the token being issued now remains valid.
  let rehashed = false;
  if (needsRehash(storedHash)) {
    // Under load the upgrade waits for a quieter sign-in rather than for a slot.
    const upgraded = await passwordCheckLimiter.run(() => hashPassword(password));
    if (upgraded.ran) {
      const { count } = await prisma.user.updateMany({
        where: { id: user.id, passwordHash: storedHash },
        data: { passwordHash: upgraded.value },
      });
      rehashed = count === 1;
    }
  }
  await recordAuditEvent(prisma, {
    ...signIn,
    actorId: user.id,
    kind: "SIGN_IN_SUCCEEDED",
    after: { method: "password", clientAddress, rehashed },
  });
  return { ok: true, identity: toSessionIdentity(user) };
}
