// A user's passkeys, newest first: the user's own (profile page) or, for a Beheerder, anyone's.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

export async function listPasskeys({ actor, userId }: { actor: Actor; userId?: string }): Promise<PasskeySummary[]> {
  const ownerId = userId ?? actor.id;
  if (ownerId !== actor.id) assertCan(actor, "users:manage");
  return db().passkey.findMany({
    where: { userId: ownerId },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "desc" },
  });
}
