// The bell's number: the actor's unread notifications, counted up to a cap from the index
// (userId, readAt) alone, so that the header costs one small statement on every page.
import "server-only";
import { db } from "@/lib/db";

/** Above this the bell says "99 of meer". */
export const UNREAD_CAP = 99;

export async function countUnreadNotifications(userId: string): Promise<{ count: number; more: boolean }> {
  const [row] = await db().$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM (
      SELECT 1 FROM "Notification" WHERE "userId" = ${userId} AND "readAt" IS NULL LIMIT ${UNREAD_CAP + 1}
    ) unread`;
  const count = row?.count ?? 0;
  return { count: Math.min(count, UNREAD_CAP), more: count > UNREAD_CAP };
}
