// GET /agenda/<token>.ics: a user's subscribed calendar, for Outlook, which has no session.
// Authorised by the secret token alone (lib/calendar/find-feed-by-token.ts); proxy.ts lets
// /agenda/ through without the sign-in redirect. Malformed, unknown, revoked and a
// deactivated user's tokens get the same 404, with nothing in the body to tell them apart.
import { findFeedByToken } from "@/lib/calendar/find-feed-by-token";
import { listFeedDeadlines } from "@/lib/calendar/list-feed-deadlines";
import { buildDeadlineCalendar } from "@/lib/calendar/build-deadline-calendar";
import { actionEvent, commitmentEvent } from "@/lib/calendar/deadline-events";
import { appOrigin } from "@/lib/calendar/app-origin";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { nl } from "@/lib/i18n/nl";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token: segment } = await params;
  const token = segment.endsWith(".ics") ? segment.slice(0, -".ics".length) : null;
  try {
    const owner = token === null ? null : await findFeedByToken(token);
    if (!owner) return notFound();
    const origin = appOrigin(new URL(request.url).origin);
    // Built on every request: writing the file directly is cheap even for an organisation's
    // whole feed (docs/benchmarks.md), so no cache (a per-process cache would not be shared
    // by a second app server anyway).
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
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Cache-Control": `private, max-age=${FEED_MAX_AGE_SECONDS}`,
      },
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
