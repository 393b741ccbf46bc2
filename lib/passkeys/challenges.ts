// WebAuthn challenges, kept in PostgreSQL so that every app server sees them: each is used
// once (deleted when checked, whether the check succeeds or not) and holds for five minutes.
import type { PrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client.ts";

export const CHALLENGE_SECONDS = 5 * 60;
/** Unanswered sign-in challenges at most alive at once: anyone may ask for one, so it is bounded. */
export const MAX_OPEN_SIGN_IN_CHALLENGES = 10_000;

// ACTIVATE: a passkey instead of a password on the invitation's page; bound to the link's
// token hash, as there is no session yet, and at most one open per link.
export type ChallengePurpose = "REGISTER" | "SIGN_IN" | "ACTIVATE";
type Writer = PrismaClient | Prisma.TransactionClient;

type Binding = { challenge: string; purpose: ChallengePurpose; userId: string | null; linkTokenHash?: string };

export async function storeChallenge(
  prisma: Writer,
  { challenge, purpose, userId, linkTokenHash }: Binding,
  now: Date,
): Promise<{ stored: boolean }> {
  await prisma.webAuthnChallenge.deleteMany({ where: { expiresAt: { lte: now } } });
  if (linkTokenHash) await prisma.webAuthnChallenge.deleteMany({ where: { linkTokenHash } });
  if (purpose === "SIGN_IN") {
    const open = await prisma.webAuthnChallenge.count({ where: { purpose } });
    if (open >= MAX_OPEN_SIGN_IN_CHALLENGES) return { stored: false };
  }
  await prisma.webAuthnChallenge.create({
    data: {
      challenge,
      purpose,
      userId,
      linkTokenHash: linkTokenHash ?? null,
      expiresAt: new Date(now.getTime() + CHALLENGE_SECONDS * 1000),
    },
  });
  return { stored: true };
}

/** True once for a challenge issued for this purpose (and user) that has not expired; false after. */
export async function consumeChallenge(
  prisma: Writer,
  { challenge, purpose, userId, linkTokenHash }: Binding,
  now: Date,
): Promise<boolean> {
  const { count } = await prisma.webAuthnChallenge.deleteMany({
    where: { challenge, purpose, userId, linkTokenHash: linkTokenHash ?? null, expiresAt: { gt: now } },
  });
  return count === 1;
}

/** The challenge the browser signed, read from the response's clientDataJSON (checked again by the verifier). */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const data: unknown = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8"));
    if (data && typeof data === "object" && "challenge" in data && typeof data.challenge === "string") {
      return data.challenge;
    }
  } catch {
    // not JSON: no challenge
  }
  return null;
}
