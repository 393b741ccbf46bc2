// POST /beheer/back-up/downloaden: the whole database as a backup archive (lib/backup/),
// streamed. Only from the form on /beheer/back-up (same origin): the session cookie is
// SameSite=Lax, so a plain link or a form on another site must not start a backup in a
// signed-in Beheerder's browser. 401 without a session; 403 for every role but Beheerder
// and for a request from elsewhere (the attempt in the audit trail); 503 with Retry-After
// while another backup runs; each download is in the audit trail too.
import { getActor } from "@/lib/auth/require-user";
import { AppError, isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { recordRefusedAttempt } from "@/lib/actions/record-refused-attempt";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { isSameOriginRequest } from "@/lib/security/same-origin-request";
import { isBusyError } from "@/lib/overload/busy-error";
import { busyResponse } from "@/lib/overload/busy-response";
import { BACKUP_AUDIT_TARGET, startBackupDownload, type BackupDownload } from "@/lib/backup/download-backup";

const TEXT = {
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
};

export async function POST(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(nl.backup.downloadSignIn, { status: 401, headers: TEXT });
  if (!isSameOriginRequest(request)) {
    await recordRefusedAttempt(
      actor,
      new AppError("FORBIDDEN", nl.errors.forbidden, {
        refusal: { permission: "backup:download", ...BACKUP_AUDIT_TARGET },
      }),
    );
    return new Response(nl.errors.forbidden, { status: 403, headers: TEXT });
  }
  let download: BackupDownload;
  try {
    download = await startBackupDownload({ actor });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") {
      await recordRefusedAttempt(actor, error);
      return new Response(nl.errors.forbidden, { status: 403, headers: TEXT });
    }
    if (isBusyError(error)) return busyResponse(error);
    const reference = reportUnexpectedError(error, { actorId: actor.id });
    return new Response(`${nl.errors.generic} ${nl.forms.errorReference(reference)}`, { status: 500, headers: TEXT });
  }
  return new Response(download.body, {
    headers: {
      // The archive is gzip'd JSON lines; sent as a file, never decoded on the way.
      "Content-Type": "application/gzip",
      "Content-Disposition": `attachment; filename="${download.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
