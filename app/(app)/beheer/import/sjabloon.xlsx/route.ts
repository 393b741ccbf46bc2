// GET /beheer/import/sjabloon.xlsx: the import template, filled with the current data
// (?inhoud=leeg for an empty one). For the Coördinator; the domain function checks.
import { getActor } from "@/lib/auth/require-user";
import { isAppError } from "@/lib/errors";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { nl } from "@/lib/i18n/nl";
import { buildImportTemplate } from "@/lib/import/build-import-template";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return plainText(401, nl.errors.forbidden);
  const filled = new URL(request.url).searchParams.get("inhoud") !== "leeg";
  try {
    const file = await buildImportTemplate({ actor, filled });
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
