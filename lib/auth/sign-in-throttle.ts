// Slows down password guessing: after MAX_FAILURES failed sign-ins for one e-mail address
// within WINDOW, that address is blocked for BLOCK, whether or not an account exists
// (so the throttle reveals nothing). The counter is kept in PostgreSQL, so it holds across
// app servers and restarts, and it is updated in one atomic statement.
import type { PrismaClient } from "@/lib/db-client";

export const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const BLOCK_MS = 15 * 60_000;

const keyFor = (email: string) => `email:${email.trim().toLowerCase()}`;

/** When the address may try again, or null when it may try now. */
export async function signInBlockedUntil(prisma: PrismaClient, email: string, now: Date): Promise<Date | null> {
  const row = await prisma.signInThrottle.findUnique({ where: { key: keyFor(email) }, select: { blockedUntil: true } });
  return row?.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null;
}

export async function recordFailedSignIn(prisma: PrismaClient, email: string, now: Date): Promise<void> {
  const windowCutoff = new Date(now.getTime() - WINDOW_MS);
  const blockEnd = new Date(now.getTime() + BLOCK_MS);
  // A failure outside the current window starts a new one; reaching the limit blocks.
  await prisma.$executeRaw`
    INSERT INTO "SignInThrottle" ("key", "attempts", "windowStartedAt", "blockedUntil", "updatedAt")
    VALUES (${keyFor(email)}, 1, ${now}, NULL, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN "SignInThrottle"."windowStartedAt" <= ${windowCutoff} THEN 1 ELSE "SignInThrottle"."attempts" + 1 END,
      "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" <= ${windowCutoff} THEN ${now} ELSE "SignInThrottle"."windowStartedAt" END,
      "blockedUntil" = CASE
        WHEN "SignInThrottle"."windowStartedAt" > ${windowCutoff} AND "SignInThrottle"."attempts" + 1 >= ${MAX_FAILURES} THEN ${blockEnd}
        ELSE "SignInThrottle"."blockedUntil" END,
      "updatedAt" = ${now}`;
}

export async function clearFailedSignIns(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key: keyFor(email) } });
}
