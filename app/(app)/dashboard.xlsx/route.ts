// GET /dashboard.xlsx?<the dashboard's filters>: the dashboard's tables as one workbook.
// proxy.ts sends anonymous visitors to the sign-in page first; the session check here is
// the second line, and the domain function (getDashboard) checks the permission.
import { getActor } from "@/lib/auth/require-user";
import { isAppError } from "@/lib/errors";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { nl } from "@/lib/i18n/nl";
import { exportDashboard } from "@/lib/export/dashboard-export";
import { parseDashboardFilters } from "@/lib/validation/dashboard-filters";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return plainText(401, nl.dashboard.exportUnauthenticated);
  const params = new URL(request.url).searchParams;
  try {
    const file = await exportDashboard({ actor, filters: parseDashboardFilters(Object.fromEntries(params)) });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
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
