// "Agenda-adres maken": a new secret feed URL for the signed-in user, of their own only.
// The token goes back to the caller once and is never stored, logged or audited; the row
// keeps its SHA-256. At most MAX_ACTIVE_CALENDAR_FEEDS active feeds per user (expired ones
// do not count), counted under a lock on the user's row so that two quick clicks cannot pass
// the limit together. Each works through its last valid day, CALENDAR_FEED_VALID_DAYS after
// today (decision 045).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { getEnv } from "@/lib/env";
import { addDays, now, today } from "@/lib/clock";
import { endOfDay } from "@/lib/api-tokens/create-api-token";
import { newFeedToken } from "@/lib/calendar/feed-token";

export const MAX_ACTIVE_CALENDAR_FEEDS = 5;

export type CreatedCalendarFeed = { feedId: string; token: string };

export async function createCalendarFeed({ actor }: { actor: Actor }, tx?: Tx): Promise<CreatedCalendarFeed> {
  return withTransaction(tx, async (tx) => {
    const moment = now();
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id} FOR UPDATE`;
    const active = await tx.calendarFeed.count({
      where: { userId: actor.id, revokedAt: null, expiresAt: { gt: moment } },
    });
    if (active >= MAX_ACTIVE_CALENDAR_FEEDS)
      throw new AppError("INVALID", nl.profile.feedLimitReached(MAX_ACTIVE_CALENDAR_FEEDS));

    const { token, tokenHash } = newFeedToken();
    const feed = await tx.calendarFeed.create({
      data: {
        userId: actor.id,
        tokenHash,
        createdAt: moment,
        expiresAt: endOfDay(addDays(today(), getEnv().CALENDAR_FEED_VALID_DAYS)),
      },
      select: { id: true, expiresAt: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: actor.id,
      kind: "CALENDAR_FEED_CREATED",
      after: { calendarFeed: feed.id, expiresAt: feed.expiresAt.toISOString() },
    });
    return { feedId: feed.id, token };
  });
}
