// GET /agenda/<token>.ics: a user's subscribed calendar, for Outlook, which has no session.
// Authorised by the secret token alone (lib/calendar/find-feed-by-token.ts); proxy.ts lets
// /agenda/ through without the sign-in redirect. Malformed, unknown, revoked, expired and a
// deactivated user's tokens get the same 404, with nothing in the body to tell them apart.
import { findFeedByToken } from "@/lib/calendar/find-feed-by-token";
import { listFeedDeadlines } from "@/lib/calendar/list-feed-deadlines";
import { buildDeadlineCalendar } from "@/lib/calendar/build-deadline-calendar";
import { actionEvent, commitmentEvent } from "@/lib/calendar/deadline-events";
import { appOrigin } from "@/lib/calendar/app-origin";
import { getFeedFingerprint, matchesIfNoneMatch } from "@/lib/calendar/feed-fingerprint";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { nl } from "@/lib/i18n/nl";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token: segment } = await params;
  const token = segment.endsWith(".ics") ? segment.slice(0, -".ics".length) : null;
  try {
    const owner = token === null ? null : await findFeedByToken(token);
    if (!owner) return notFound();
    const origin = appOrigin(new URL(request.url).origin);
    // Outlook polls every few minutes: an unchanged calendar costs one small statement and
    // no body (the fingerprint of what the feed shows, lib/calendar/feed-fingerprint.ts).
    const etag = await getFeedFingerprint({ organisationId: owner.organisation.id, origin });
    const cacheHeaders = { ETag: etag, "Cache-Control": `private, max-age=${FEED_MAX_AGE_SECONDS}` };
    if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag))
      return new Response(null, { status: 304, headers: cacheHeaders });
    // A changed calendar is built anew: writing the file directly is cheap (docs/benchmarks.md).
    const { actions, commitments } = await listFeedDeadlines(owner.organisation.id);
    const body = buildDeadlineCalendar({
      name: nl.profile.calendarName(owner.organisation.code),
      events: [
        ...actions.map((action) => actionEvent(action, origin)),
        ...commitments.map((commitment) => commitmentEvent(commitment, origin)),
      ],
      stamp: new Date(),
      alarmText: nl.profile.alarmText,
    });
    return new Response(body, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", ...cacheHeaders },
    });
  } catch (error) {
    // Never the token in a log line: the reference is enough to find the stack.
    const reference = reportUnexpectedError(error, {});
    return new Response(`${nl.errors.generic} ${nl.forms.errorReference(reference)}`, { status: 500, headers: plain });
  }
}

/** How long Outlook (or a proxy) may keep a copy: deadlines change a few times a day at most. */
const FEED_MAX_AGE_SECONDS = 300;

const plain = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };

function notFound(): Response {
  return new Response(nl.profile.feedNotFound, { status: 404, headers: plain });
}
