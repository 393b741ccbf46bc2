// The one way to write to the audit trail. Entity types and kinds of change are closed
// lists, so the trail can be filtered and read back without guessing at spellings. Pass
// the transaction of the change itself: the event and the change commit together or not
// at all. The database stamps `occurredAt` with its own now() (a trigger), whatever the
// client's clock says.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client.ts";

export const AUDIT_ENTITY_TYPES = [
  "Database",
  "User",
  "Account",
  "SignIn",
  "Evaluation",
  "Recommendation",
  "ActionItem",
  "ProgressUpdate",
  "DeadlineChange",
  "Evidence",
  "Commitment",
  "ParliamentaryDocument",
  "LetterDraft",
  "LetterRemark",
  "Indicator",
  "BackgroundJob",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_KINDS = [
  "SEED_DEMO",
  "CREATE",
  "UPDATE",
  "DELETE",
  // sign-in and sessions (lib/auth/); never with the password
  "SIGN_IN_SUCCEEDED",
  "SIGN_IN_FAILED",
  "SIGN_IN_THROTTLED",
  "OIDC_REFUSED",
  "OIDC_LINKED",
  "OIDC_UNLINKED",
  "SIGNED_OUT",
  // the action workflow (lib/action-items/, lib/recommendations/, lib/evidence/)
  "STATUS_CHANGED",
  "PROGRESS_ADDED",
  // the English text of a progress update filled in afterwards (decision 040)
  "ENGLISH_ADDED",
  "STATUS_OVERRIDDEN",
  "DEADLINE_REQUESTED",
  "DEADLINE_APPROVED",
  "DEADLINE_REJECTED",
  "DEADLINE_CHANGED",
  "EVIDENCE_ADDED",
  "EVIDENCE_REMOVED",
  "EVIDENCE_DOWNLOADED",
  // user management
  "USER_DEACTIVATED",
  "USER_REACTIVATED",
  // a refused attempt at a change: a crafted request for something the user may not do
  "PERMISSION_REFUSED",
  // the audit log itself exported (requests under the Wet open overheid)
  "EXPORTED",
  // calendar feeds (lib/calendar/); never with the token
  "CALENDAR_FEED_CREATED",
  "CALENDAR_FEED_REVOKED",
  // Kamerbrieven (lib/letters/)
  "LETTER_GENERATED",
  "LETTER_REGENERATED",
  "LETTER_EDITED",
  "LETTER_RESTORED",
  "LETTER_SUBMITTED_FOR_REVIEW",
  "LETTER_APPROVED",
  "LETTER_RETURNED_TO_DRAFT",
  "LETTER_SENT",
  "LETTER_DOWNLOADED",
  "DUTCH_TEXT_ACCEPTED",
  "REMARK_ADDED",
  "REMARK_RESOLVED",
  // the whole database downloaded as a backup by a Beheerder (lib/backup/)
  "BACKUP_DOWNLOADED",
  // personal API tokens (lib/api-tokens/); never with the token or its hash
  "API_TOKEN_CREATED",
  "API_TOKEN_REVOKED",
  // accounts (lib/accounts/); never with the password, the link or a hash of either
  "INVITATION_SENT",
  "ACCOUNT_ACTIVATED",
  "PASSWORD_CHANGED",
  "PASSWORD_RESET_REQUESTED",
  "PASSWORD_RESET",
  "SESSIONS_ENDED",
  // passkeys (lib/passkeys/); never with key material
  "PASSKEY_ADDED",
  "PASSKEY_REMOVED",
  "PASSKEY_COUNTER_REFUSED",
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export type AuditEventInput = {
  actorId: string | null;
  entityType: AuditEntityType;
  entityId: string;
  kind: AuditKind;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/**
 * The transaction of the change (see lib/db-transaction.ts), or the client itself for an
 * event that is the whole change (a sign-in, a refused attempt, a download).
 */
export type AuditWriter = Prisma.TransactionClient | PrismaClient;

export async function recordAuditEvent(writer: AuditWriter, event: AuditEventInput): Promise<void> {
  await writer.auditEvent.create({
    data: {
      actorId: event.actorId,
      entityType: event.entityType,
      entityId: event.entityId,
      kind: event.kind,
      before: event.before,
      after: event.after,
    },
  });
}
