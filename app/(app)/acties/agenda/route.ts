// GET /acties/agenda?<the list's filters>: the open actions under the /acties filters as a
// one-off .ics download (the subscribed feed lives at /agenda/<token>.ics).
import { getActor } from "@/lib/auth/require-user";
import { isAppError } from "@/lib/errors";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { nl } from "@/lib/i18n/nl";
import { today } from "@/lib/clock";
import { parseActionListFilters } from "@/lib/validation/action-list-filters";
import { listActionDeadlines } from "@/lib/calendar/list-action-deadlines";
import { buildDeadlineCalendar } from "@/lib/calendar/build-deadline-calendar";
import { actionEvent } from "@/lib/calendar/deadline-events";
import { appOrigin } from "@/lib/calendar/app-origin";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return plainText(401, nl.actionList.unauthenticated);
  const url = new URL(request.url);
  try {
    const actions = await listActionDeadlines({ actor, filters: parseActionListFilters(url.searchParams) });
    const origin = appOrigin(url.origin);
    const body = buildDeadlineCalendar({
      name: nl.profile.calendarNameDownload,
      events: actions.map((action) => actionEvent(action, origin)),
      stamp: new Date(),
      alarmText: nl.profile.alarmText,
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${nl.profile.downloadFileName(today())}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return plainText(403, error.message);
    const reference = reportUnexpectedError(error, { actorId: actor.id });
    return plainText(500, `${nl.errors.generic} ${nl.forms.errorReference(reference)}`);
  }
}

function plainText(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
