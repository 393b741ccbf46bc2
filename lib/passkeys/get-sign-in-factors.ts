// For the Beheerder: with what a user can sign in (a password, which passkeys, how many
// identity-provider links), without any secret.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { PasskeySummary } from "@/lib/passkeys/list-passkeys";

export type SignInFactors = { hasPassword: boolean; passkeys: PasskeySummary[]; linkCount: number };

export async function getSignInFactors({
  actor,
  userId,
}: {
  actor: Actor;
  userId: string;
}): Promise<SignInFactors | null> {
  assertCan(actor, "users:manage");
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      passwordHash: true,
      passkeys: {
        select: { id: true, name: true, createdAt: true, lastUsedAt: true },
        orderBy: { createdAt: "desc" },
      },
      _count: { select: { accounts: true } },
    },
  });
  if (!user) return null;
  return { hasPassword: Boolean(user.passwordHash), passkeys: user.passkeys, linkCount: user._count.accounts };
}
