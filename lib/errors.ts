// Typed domain errors. Their Dutch message is safe to show; anything else is logged
// and shown as a generic message with a reference code, so internals never reach the browser.
import type { AuditEntityType } from "@/lib/audit/record-audit-event";

export type AppErrorCode = "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "UNAUTHENTICATED";

/** What a refused attempt was aimed at, so that the refusal can be written to the audit trail. */
export type RefusalTarget = { permission: string; entityType?: AuditEntityType; entityId?: string };

/** One field a colleague changed, as the audit trail recorded it. */
export type ConflictChange = { field: string; before: unknown; after: unknown };

/** Who saved first, when, and what they changed: shown as "Gewijzigd door <naam> om <tijd>." */
export type ConflictDetails = { changedBy: string | null; changedAt: Date | null; changes: ConflictChange[] };

/** A field the domain found wrong after the schema passed (e.g. a due date before the start date). */
export type FieldErrorDetail = { field: string; message: string };

export type AppErrorDetails = { refusal?: RefusalTarget; conflict?: ConflictDetails; fieldError?: FieldErrorDetail };

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
