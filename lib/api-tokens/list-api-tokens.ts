// The signed-in user's own API tokens for /profiel: name, prefix, created, expires, last
// used, revoked. Never the hash (the page has no use for it).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** Plenty for a user who may hold ten valid tokens; older revoked ones beyond this are history (the Logboek keeps them). */
export const API_TOKEN_LIST_MAX = 50;

export async function listApiTokens({ actor }: { actor: Actor }): Promise<ApiTokenRow[]> {
  return db().apiToken.findMany({
    where: { userId: actor.id },
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
    // Not revoked first, then newest first.
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }],
    take: API_TOKEN_LIST_MAX,
  });
}
