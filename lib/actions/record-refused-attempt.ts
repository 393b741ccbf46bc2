// A crafted request for something the user may not do changes nothing, but it is worth
// knowing about: the refusal goes into the audit trail, on its own connection, because
// the transaction of the attempted change has rolled back.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { AppError } from "@/lib/errors";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";

export async function recordRefusedAttempt(actor: Actor, error: AppError): Promise<void> {
  const refusal = error.details.refusal;
  try {
    await recordAuditEvent(db(), {
      actorId: actor.id,
      entityType: refusal?.entityType ?? "User",
      entityId: refusal?.entityId ?? actor.id,
      kind: "PERMISSION_REFUSED",
      after: { permission: refusal?.permission ?? null, role: actor.role, organisation: actor.organisationCode },
    });
  } catch (failure) {
    // The refusal itself stands; a failure to record it must not turn it into an error page.
    reportUnexpectedError(failure, { actorId: actor.id });
  }
}
