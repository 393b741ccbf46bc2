// "Intrekken": ends one of the user's own feed URLs, for good (a revoked feed answers 404 and
// is never reactivated; the user makes a new one). An expired one may be revoked too.
// Someone else's feed is refused and the attempt audited, whatever the role: feeds are
// personal, also for a Beheerder. `revoked` says whether this call did it (renewing needs it).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { now } from "@/lib/clock";
import type { RevokeCalendarFeedInput } from "@/lib/validation/calendar-feed";

export async function revokeCalendarFeed(
  { actor, input }: { actor: Actor; input: RevokeCalendarFeedInput },
  tx?: Tx,
): Promise<{ feedId: string; revoked: boolean }> {
  return withTransaction(tx, async (tx) => {
    const feed = await tx.calendarFeed.findUnique({
      where: { id: input.feedId },
      select: { id: true, userId: true, revokedAt: true },
    });
    if (!feed) throw new AppError("NOT_FOUND", nl.profile.feedNotFound);
    if (feed.userId !== actor.id) {
      throw new AppError("FORBIDDEN", nl.errors.forbidden, {
        refusal: { permission: "calendar-feeds:own", entityType: "User", entityId: feed.userId },
      });
    }
    // Revoking twice (two tabs) changes nothing the second time.
    if (feed.revokedAt) return { feedId: feed.id, revoked: false };
    const revokedAt = now();
    const { count } = await tx.calendarFeed.updateMany({
      where: { id: feed.id, revokedAt: null },
      data: { revokedAt },
    });
    if (count === 1) {
      await recordAuditEvent(tx, {
        actorId: actor.id,
        entityType: "User",
        entityId: actor.id,
        kind: "CALENDAR_FEED_REVOKED",
        before: { calendarFeed: feed.id, revokedAt: null },
        after: { calendarFeed: feed.id, revokedAt: revokedAt.toISOString() },
      });
    }
    return { feedId: feed.id, revoked: count === 1 };
  });
}
