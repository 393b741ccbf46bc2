// The public feed's only gate: the token of GET /agenda/<token>.ics. Malformed, unknown,
// revoked, expired (decision 045) and a deactivated user's tokens all give null (the route answers 404 to each
// alike). lastUsedAt is written at most once an hour per feed, so that Outlook polling every
// few minutes does not write a row each time; the condition sits in the UPDATE itself, so
// parallel polls write it once.
import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { hashFeedToken, isWellFormedFeedToken } from "@/lib/calendar/feed-token";

export const LAST_USED_RESOLUTION_MS = 60 * 60 * 1000;

export type FeedOwner = { feedId: string; userId: string; organisation: { id: string; code: string; name: string } };

export async function findFeedByToken(token: string, moment: Date = now()): Promise<FeedOwner | null> {
  if (!isWellFormedFeedToken(token)) return null;
  const feed = await db().calendarFeed.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      user: { select: { id: true, active: true, organisation: { select: { id: true, code: true, name: true } } } },
    },
  });
  if (!feed || feed.revokedAt || feed.expiresAt <= moment || !feed.user.active) return null;
  const stale = new Date(moment.getTime() - LAST_USED_RESOLUTION_MS);
  if (!feed.lastUsedAt || feed.lastUsedAt < stale) {
    await db().calendarFeed.updateMany({
      where: { id: feed.id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
      data: { lastUsedAt: moment },
    });
  }
  return { feedId: feed.id, userId: feed.user.id, organisation: feed.user.organisation };
}
