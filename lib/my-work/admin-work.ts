// Mijn werk for a Beheerder: active users who have not signed in for 90 days (or never, with
// an account that old), and API tokens and calendar addresses (feeds, decision 045) of active
// users that expire within 14 days. Three statements.
import "server-only";
import { db } from "@/lib/db";
import { formatCalendarDate, formatTimestamp, lastValidDay } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { groupOf, MY_WORK_HORIZON, MY_WORK_LIMIT, type MyWorkGroup } from "./my-work-item";

const DAY_MS = 86_400_000;

type UserRow = { id: string; name: string; createdAt: Date; lastSignIn: Date | null; total: number };
type TokenRow = { id: string; name: string; expiresAt: Date; userId: string; userName: string; total: number };
type FeedRow = { id: string; createdAt: Date; expiresAt: Date; userId: string; userName: string; total: number };

export async function adminWork(now: Date): Promise<MyWorkGroup[]> {
  const signInCutoff = new Date(now.getTime() - MY_WORK_HORIZON.signInDays * DAY_MS);
  const tokenHorizon = new Date(now.getTime() + MY_WORK_HORIZON.tokenDays * DAY_MS);
  const [users, tokens, feeds] = await Promise.all([
    // one probe per user on AuditEvent (actorId, kind, occurredAt)
    db().$queryRaw<UserRow[]>`
      SELECT u."id", u."name", u."createdAt", s."occurredAt" AS "lastSignIn", (count(*) OVER ())::int AS "total"
        FROM "User" u
        LEFT JOIN LATERAL (SELECT e."occurredAt" FROM "AuditEvent" e
                            WHERE e."actorId" = u."id" AND e."kind" = 'SIGN_IN_SUCCEEDED'
                            ORDER BY e."occurredAt" DESC LIMIT 1) s ON TRUE
       WHERE u."active" AND u."createdAt" < ${signInCutoff} AND (s."occurredAt" IS NULL OR s."occurredAt" < ${signInCutoff})
       ORDER BY s."occurredAt" NULLS FIRST, u."name", u."id"
       LIMIT ${MY_WORK_LIMIT}`,
    // ApiToken (expiresAt)
    db().$queryRaw<TokenRow[]>`
      SELECT t."id", t."name", t."expiresAt", u."id" AS "userId", u."name" AS "userName", (count(*) OVER ())::int AS "total"
        FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
       WHERE t."revokedAt" IS NULL AND u."active" AND t."expiresAt" > ${now} AND t."expiresAt" <= ${tokenHorizon}
       ORDER BY t."expiresAt", t."id"
       LIMIT ${MY_WORK_LIMIT}`,
    // CalendarFeed (expiresAt)
    db().$queryRaw<FeedRow[]>`
      SELECT f."id", f."createdAt", f."expiresAt", u."id" AS "userId", u."name" AS "userName", (count(*) OVER ())::int AS "total"
        FROM "CalendarFeed" f JOIN "User" u ON u."id" = f."userId"
       WHERE f."revokedAt" IS NULL AND u."active" AND f."expiresAt" > ${now} AND f."expiresAt" <= ${tokenHorizon}
       ORDER BY f."expiresAt", f."id"
       LIMIT ${MY_WORK_LIMIT}`,
  ]);
  return [
    groupOf(
      "INACTIVE_USER",
      users,
      users.map((row) => ({
        kind: "INACTIVE_USER",
        key: row.id,
        href: `/beheer/gebruikers/${row.id}`,
        title: row.name,
        reason: row.lastSignIn
          ? nl.myWork.reasons.lastSignIn(formatTimestamp(row.lastSignIn))
          : nl.myWork.reasons.neverSignedIn(formatTimestamp(row.createdAt)),
      })),
    ),
    groupOf(
      "TOKEN_EXPIRING",
      tokens,
      tokens.map((row) => ({
        kind: "TOKEN_EXPIRING",
        key: row.id,
        href: `/beheer/gebruikers/${row.userId}`,
        title: row.name,
        reason: nl.myWork.reasons.tokenExpires(row.userName, formatTimestamp(row.expiresAt)),
      })),
    ),
    groupOf(
      "FEED_EXPIRING",
      feeds,
      feeds.map((row) => ({
        kind: "FEED_EXPIRING",
        key: row.id,
        href: `/beheer/gebruikers/${row.userId}`,
        title: nl.myWork.feedTitle(formatTimestamp(row.createdAt)),
        reason: nl.myWork.reasons.feedExpires(row.userName, formatCalendarDate(lastValidDay(row.expiresAt))),
      })),
    ),
  ];
}
