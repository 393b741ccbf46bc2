// What /profiel shows: the user's organisation by name, their e-mail preference and their
// calendar feeds. Two queries.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import type { EmailPreference } from "@/lib/generated/prisma/enums.ts";
import { listCalendarFeeds, type CalendarFeedRow } from "@/lib/calendar/list-calendar-feeds";

export type ProfilePage = {
  organisation: { code: string; name: string };
  emailPreference: { current: EmailPreference; version: number };
  feeds: CalendarFeedRow[];
  activeFeeds: number;
};

export async function getProfilePage({ actor }: { actor: Actor }): Promise<ProfilePage> {
  const [user, feeds] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { emailPreference: true, version: true, organisation: { select: { code: true, name: true } } },
    }),
    listCalendarFeeds({ actor }),
  ]);
  const moment = now();
  return {
    organisation: user.organisation,
    emailPreference: { current: user.emailPreference, version: user.version },
    feeds,
    // As the limit counts them (create-calendar-feed.ts): an expired address is no longer active.
    activeFeeds: feeds.filter((feed) => !feed.revokedAt && feed.expiresAt > moment).length,
  };
}
