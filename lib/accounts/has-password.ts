// Whether the signed-in person has a password to change (an OIDC-only account has none).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export async function hasPassword({ actor }: { actor: Actor }): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
