// Slows down password guessing. Every attempt is counted *before* its password is checked,
// in one atomic statement for both keys (the e-mail address and the client address), so
// parallel guesses cannot slip past the limit: PostgreSQL serialises the upserts on each
// row, every attempt gets its own number, and only numbers up to the limit are checked.
// The counters live in PostgreSQL, so they hold across app servers and restarts.
//
// Limits, per 15-minute window:
// - per e-mail address (known or not, so the throttle reveals nothing about which accounts
//   exist): 5 attempts; reaching the 5th blocks the address for 15 minutes unless that
//   attempt succeeds. A success clears the address's counter.
// - per client address: 50 attempts. Far above the per-address limit, because a ministry's
//   staff reach us through one NAT address: a morning's sign-ins plus typos of a few dozen
//   colleagues stay well below 50 in a quarter of an hour, the more so because a successful
//   sign-in gives its attempt back. It still stops one machine from spraying a common
//   password over many e-mail addresses (at most 50 guesses per 15 minutes, not 5 per
//   address times every address).
import type { PrismaClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client.ts";

export const MAX_ATTEMPTS_PER_EMAIL = 5;
export const MAX_ATTEMPTS_PER_CLIENT = 50;
export const WINDOW_MS = 15 * 60_000;
export const BLOCK_MS = 15 * 60_000;
/** Rows untouched for this long, and not blocking anyone, are removed. */
export const STALE_AFTER_MS = 24 * 60 * 60_000;

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
/** Requests for a password-reset link count apart from sign-ins, with the same limit per address. */
export const resetKey = (email: string) => `reset:${email.trim().toLowerCase()}`;
export const clientKey = (address: string) => `ip:${address}`;

export type ThrottleDecision =
  | { allowed: true }
  /** `lockoutStarted`: this attempt is the first one refused in the block (record it once, not per attempt). */
  | { allowed: false; retryAt: Date; lockoutStarted: boolean; key: string };

/**
 * Counts one sign-in attempt for the e-mail address and, when known, the client address,
 * and says whether the password may be checked. `purpose: "reset"` counts a request for a
 * reset link instead (its own counter per address; the client address's is shared).
 */
export async function countSignInAttempt(
  prisma: PrismaClient,
  {
    email,
    clientAddress,
    purpose = "sign-in",
  }: { email: string; clientAddress?: string | null; purpose?: "sign-in" | "reset" },
  now: Date,
): Promise<ThrottleDecision> {
  const keys = [{ key: purpose === "reset" ? resetKey(email) : emailKey(email) }];
  if (clientAddress) keys.push({ key: clientKey(clientAddress) });
  const windowCutoff = new Date(now.getTime() - WINDOW_MS);
  const blockEnd = new Date(now.getTime() + BLOCK_MS);

  // A row starts afresh when its block has ended, or (unblocked) its window has passed.
  // Reaching the limit blocks; the attempt that reaches it is still checked. The limit
  // follows from the key's prefix, so one statement serves both keys.
  const limit = Prisma.sql`(CASE WHEN t."key" LIKE 'ip:%' THEN ${MAX_ATTEMPTS_PER_CLIENT}::int ELSE ${MAX_ATTEMPTS_PER_EMAIL}::int END)`;
  const fresh = Prisma.sql`(t."blockedUntil" <= ${now} OR (t."blockedUntil" IS NULL AND t."windowStartedAt" <= ${windowCutoff}))`;
  const rows = await prisma.$queryRaw<{ key: string; attempts: number; blockedUntil: Date | null; limit: number }[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "attempts", "windowStartedAt", "blockedUntil", "updatedAt")
    SELECT k, 1, ${now}::timestamptz, NULL::timestamptz, ${now}::timestamptz FROM unnest(${keys.map((entry) => entry.key)}::text[]) AS k
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN ${fresh} THEN 1 ELSE t."attempts" + 1 END,
      "windowStartedAt" = CASE WHEN ${fresh} THEN ${now} ELSE t."windowStartedAt" END,
      "blockedUntil" = CASE
        WHEN ${fresh} THEN NULL
        WHEN t."blockedUntil" IS NULL AND t."attempts" + 1 >= ${limit} THEN ${blockEnd}::timestamptz
        ELSE t."blockedUntil" END,
      "updatedAt" = ${now}
    RETURNING t."key", t."attempts", t."blockedUntil", ${limit} AS "limit"`;

  const refused = rows
    .map((row) => ({ ...row, attempts: Number(row.attempts), limit: Number(row.limit) }))
    .filter((row) => row.attempts > row.limit)
    .sort((a, b) => (b.blockedUntil?.getTime() ?? 0) - (a.blockedUntil?.getTime() ?? 0));
  const first = refused[0];
  if (!first) return { allowed: true };
  return {
    allowed: false,
    retryAt: first.blockedUntil ?? new Date(now.getTime() + BLOCK_MS),
    lockoutStarted: refused.some((row) => row.attempts === row.limit + 1),
    key: first.key,
  };
}

/**
 * After a successful sign-in: the e-mail address starts afresh, and the client address
 * gets this attempt back (colleagues behind one NAT address should not use up each
 * other's allowance by signing in correctly).
 */
export async function recordSuccessfulSignIn(
  prisma: PrismaClient,
  { email, clientAddress }: { email: string; clientAddress?: string | null },
): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key: emailKey(email) } });
  if (clientAddress) {
    // If this very attempt reached the limit (and blocked), giving it back lifts the block;
    // attempts beyond the limit keep it.
    await prisma.$executeRaw`
      UPDATE "SignInThrottle" SET
        "attempts" = GREATEST("attempts" - 1, 0),
        "blockedUntil" = CASE WHEN "attempts" - 1 < ${MAX_ATTEMPTS_PER_CLIENT}::int THEN NULL ELSE "blockedUntil" END
      WHERE "key" = ${clientKey(clientAddress)}`;
  }
}

/**
 * Removes rows nobody has touched for a day and that block nobody. Called on a small
 * fraction of sign-in attempts (lib/auth/authorize-credentials.ts), and callable from a
 * scheduled job. Returns the number of rows removed.
 */
export async function removeStaleSignInThrottles(prisma: PrismaClient, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - STALE_AFTER_MS);
  const { count } = await prisma.signInThrottle.deleteMany({
    where: { updatedAt: { lt: cutoff }, OR: [{ blockedUntil: null }, { blockedUntil: { lte: now } }] },
  });
  return count;
}
