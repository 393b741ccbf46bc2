// The API's only gate: the bearer token → the actor it acts for, with the user's current
// role and organisation read on every request (the token itself holds no rights). Malformed,
// unknown, revoked, expired and a deactivated user's tokens all give null (401 alike).
// lastUsedAt is written at most once a minute per token, with the condition in the UPDATE
// itself so parallel requests write it once.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { toActor } from "@/lib/auth/to-actor";
import { now } from "@/lib/clock";
import { hashApiToken, isWellFormedApiToken } from "@/lib/api-tokens/api-token-secret";

export const LAST_USED_RESOLUTION_MS = 60 * 1000;

export type ApiCaller = { tokenId: string; actor: Actor };

/** The token from "Authorization: Bearer <token>", or null. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer[ ]+(\S+)\s*$/i);
  return match ? match[1]! : null;
}

export async function authenticateApiToken(token: string | null, moment: Date = now()): Promise<ApiCaller | null> {
  if (token === null || !isWellFormedApiToken(token)) return null;
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          active: true,
          organisationId: true,
          organisation: { select: { code: true } },
        },
      },
    },
  });
  if (!row || row.revokedAt || row.expiresAt <= moment || !row.user.active) return null;
  const stale = new Date(moment.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < stale) {
    await db().apiToken.updateMany({
      where: { id: row.id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
      data: { lastUsedAt: moment },
    });
  }
  return { tokenId: row.id, actor: toActor(row.user) };
}
