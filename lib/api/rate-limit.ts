// Requests per token per minute, counted in PostgreSQL so that every app instance sees the
// same count (no state in memory). One atomic upsert per request: the first request of a
// minute inserts the window, the next ones add one, and PostgreSQL's row lock on the
// conflicting row serialises parallel requests, so no two of them read the same count.
// The first request of a new window also clears the token's older windows (at most once a
// minute per token), so the table holds about one row per active token.
import "server-only";
import { db } from "@/lib/db";

export const API_RATE_LIMIT_PER_MINUTE = 120;
const WINDOW_MS = 60 * 1000;

export type RateLimitResult = { allowed: boolean; limit: number; remaining: number; retryAfterSeconds: number };

export async function consumeRateLimit(
  tokenId: string,
  moment: Date = new Date(),
  limit = API_RATE_LIMIT_PER_MINUTE,
): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(moment.getTime() / WINDOW_MS) * WINDOW_MS);
  const [{ count }] = await db().$queryRaw<[{ count: number }]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", "count") VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  if (count === 1)
    await db().$executeRaw`DELETE FROM "ApiRateWindow" WHERE "tokenId" = ${tokenId} AND "windowStart" < ${windowStart}`;
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - moment.getTime()) / 1000));
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), retryAfterSeconds };
}
