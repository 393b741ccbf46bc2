// What /profiel shows: the user's organisation by name and their calendar feeds. Two queries.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { listCalendarFeeds, type CalendarFeedRow } from "@/lib/calendar/list-calendar-feeds";

export type ProfilePage = {
  organisation: { code: string; name: string };
  feeds: CalendarFeedRow[];
  activeFeeds: number;
};

export async function getProfilePage({ actor }: { actor: Actor }): Promise<ProfilePage> {
  const [organisation, feeds] = await Promise.all([
    db().organisation.findUniqueOrThrow({ where: { id: actor.organisationId }, select: { code: true, name: true } }),
    listCalendarFeeds({ actor }),
  ]);
  return { organisation, feeds, activeFeeds: feeds.filter((feed) => !feed.revokedAt).length };
}
