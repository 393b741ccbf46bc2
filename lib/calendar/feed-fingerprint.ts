// What a subscribed feed shows, reduced to one short value, so that a poll whose calendar did
// not change gets 304 Not Modified without reading or writing the events (app/agenda/[token]).
// One statement: per table the feed reads, the number of rows it shows and their latest
// updatedAt. Any edit through the app moves updatedAt (Prisma's @updatedAt); an action or
// commitment leaving the open set, or deleted, changes a count; a new one changes both.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";

/** Raise when the feed's text changes for the same data (new wording, another field), so old copies go. */
const FEED_FORMAT = 1;

export async function getFeedFingerprint({
  organisationId,
  origin,
}: {
  organisationId: string;
  origin: string;
}): Promise<string> {
  const [row] = await db().$queryRaw<[{ fingerprint: string }]>`
    SELECT concat_ws('|',
      (SELECT count(*) || ':' || coalesce(max(a."updatedAt")::text, '') FROM "ActionItem" a
        WHERE a."ownerOrganisationId" = ${organisationId} AND a."status" IN ('NOT_STARTED', 'IN_PROGRESS', 'DELAYED')),
      (SELECT count(*) || ':' || coalesce(max(c."updatedAt")::text, '') FROM "Commitment" c WHERE c."status" = 'OPEN'),
      -- an action's event names its recommendation, and the organisation's code
      (SELECT count(*) || ':' || coalesce(max(r."updatedAt")::text, '') FROM "Recommendation" r),
      (SELECT count(*) || ':' || coalesce(max(o."updatedAt")::text, '') FROM "Organisation" o)
    ) AS "fingerprint"`;
  // The links in the events hold the origin; the feed's name holds the organisation.
  const hash = createHash("sha256")
    .update(`${FEED_FORMAT}|${origin}|${organisationId}|${row.fingerprint}`)
    .digest("base64url")
    .slice(0, 32);
  return `W/"${hash}"`;
}

/** Whether an If-None-Match header names this ETag (a list, or *). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || weak(tag) === weak(etag));
}
