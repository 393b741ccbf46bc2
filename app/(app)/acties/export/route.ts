// GET /acties/export?formaat=xlsx|csv&<the list's filters>: the whole filtered action list
// as a download. proxy.ts sends anonymous visitors to the sign-in page before this runs;
// the session check here is the second line, and the domain function checks the permission.
import { getActor } from "@/lib/auth/require-user";
import { isAppError } from "@/lib/errors";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { nl } from "@/lib/i18n/nl";
import { exportActionItems } from "@/lib/export/action-items-export";
import { parseActionListFilters } from "@/lib/validation/action-list-filters";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return plainText(401, nl.actionList.unauthenticated);
  const params = new URL(request.url).searchParams;
  // Like the list's filters: anything but csv is the default, Excel.
  const format = params.get("formaat") === "csv" ? "csv" : "xlsx";
  try {
    const file = await exportActionItems({ actor, filters: parseActionListFilters(params), format });
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
