// Checks an e-mail address and password against the users table, behind the sign-in
// throttle. It never reveals which part was wrong, nor whether the account exists.
import type { PrismaClient } from "@/lib/db-client";
import { getDummyHash, verifyPassword } from "@/lib/auth/password";
import { clearFailedSignIns, recordFailedSignIn, signInBlockedUntil } from "@/lib/auth/sign-in-throttle";
import { SignInSchema } from "@/lib/validation/sign-in";
import { signInUserSelect, toSessionIdentity, type SessionIdentity } from "@/lib/auth/session-identity";

export type CredentialsResult =
  | { ok: true; identity: SessionIdentity }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date };

export async function authorizeCredentials(prisma: PrismaClient, credentials: unknown, now = new Date()): Promise<CredentialsResult> {
  const parsed = SignInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const blockedUntil = await signInBlockedUntil(prisma, email, now);
  if (blockedUntil) return { ok: false, reason: "throttled", retryAt: blockedUntil };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { ...signInUserSelect, passwordHash: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
  if (!user || !user.active || !user.passwordHash || !valid) {
    await recordFailedSignIn(prisma, email, now);
    return { ok: false, reason: "invalid" };
  }

  await clearFailedSignIns(prisma, email);
  return { ok: true, identity: toSessionIdentity(user) };
}
