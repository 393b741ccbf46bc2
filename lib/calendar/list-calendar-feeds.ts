// The signed-in user's own feeds for /profiel: when made, until when, last fetched, revoked. Never the
// hash (the page has no use for it).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export type CalendarFeedRow = {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** Plenty for a user who may hold five active feeds; revoked ones beyond this are history. */
export const CALENDAR_FEED_LIST_MAX = 50;

export async function listCalendarFeeds({ actor }: { actor: Actor }): Promise<CalendarFeedRow[]> {
  return db().calendarFeed.findMany({
    where: { userId: actor.id },
    select: { id: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
    // Active first, then newest first.
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: CALENDAR_FEED_LIST_MAX,
  });
}
