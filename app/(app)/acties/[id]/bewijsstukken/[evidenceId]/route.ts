// Downloads one evidence file: for every signed-in user who may read the action, always as
// an attachment (never shown inline, so an uploaded file cannot run as part of the app),
// with the type its content was checked to be and nothing cached on the way.
import { getActor } from "@/lib/auth/require-user";
import { getEvidenceFile } from "@/lib/evidence/get-evidence-file";
import { contentDisposition } from "@/lib/evidence/file-name";
import { isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { recordId } from "@/lib/validation/fields";

type Context = { params: Promise<{ id: string; evidenceId: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const actor = await getActor();
  if (!actor) return message(401, nl.evidence.downloadSignIn);
  const { id, evidenceId } = await params;
  // An id that no record can have (a NUL, a page of text) is simply not found.
  if (!recordId.safeParse(id).success || !recordId.safeParse(evidenceId).success) {
    return message(404, nl.evidence.downloadNotFound);
  }
  let file;
  try {
    file = await getEvidenceFile({ actor, actionItemId: id, evidenceId });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") return message(403, error.message);
    throw error;
  }
  if (!file) return message(404, nl.evidence.downloadNotFound);
  return new Response(file.content, {
    status: 200,
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}

function message(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
