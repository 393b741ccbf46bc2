// Who may do what: one table, checked inside every domain function. Organisation-scoped
// permissions hold for a Bijdrager only on records owned by their own organisation.
import type { Role } from "@/lib/generated/prisma/enums.ts";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { AuditEntityType } from "@/lib/audit/record-audit-event";
import { nl } from "@/lib/i18n/nl";

type Scope = "all" | "own-organisation";

const PERMISSIONS = {
  "recommendations:read": { READER: "all", CONTRIBUTOR: "all", COORDINATOR: "all", ADMIN: "all" },
  "recommendations:manage": { COORDINATOR: "all" },
  "evaluations:manage": { COORDINATOR: "all" },
  "actions:update": { CONTRIBUTOR: "own-organisation", COORDINATOR: "all" },
  "actions:manage": { COORDINATOR: "all" },
  "deadlines:propose": { CONTRIBUTOR: "own-organisation", COORDINATOR: "all" },
  "deadlines:approve": { COORDINATOR: "all" },
  "commitments:manage": { COORDINATOR: "all" },
  // Kamerbrieven: the coordinator generates, edits and advances; everyone reads a letter from
  // "ter review" on (lib/letters/letter-status.ts) and a Bijdrager remarks on it in review.
  "letters:manage": { COORDINATOR: "all" },
  "letters:read": { READER: "all", CONTRIBUTOR: "all", COORDINATOR: "all", ADMIN: "all" },
  "letters:remark": { CONTRIBUTOR: "all", COORDINATOR: "all" },
  "indicators:manage": { COORDINATOR: "all" },
  "users:manage": { ADMIN: "all" },
  "audit:read": { COORDINATOR: "all", ADMIN: "all" },
  // The whole database as one file (lib/backup/): every person's data, password hashes, all evidence.
  "backup:download": { ADMIN: "all" },
  // Spreadsheet import (/beheer/import): recommendations and actions in bulk, through the
  // same domain functions (and so the same permissions) as the forms.
  "data:import": { COORDINATOR: "all" },
  // Following a job someone else started (its own owner always may).
  "jobs:read-any": { COORDINATOR: "all" },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether the actor holds the permission; for scoped permissions, on a record of `organisationId`. */
export function can(
  actor: Pick<Actor, "role" | "organisationId">,
  permission: Permission,
  target?: { organisationId: string },
): boolean {
  const scope = (PERMISSIONS[permission] as Partial<Record<Role, Scope>>)[actor.role];
  if (!scope) return false;
  if (scope === "all") return true;
  return target !== undefined && target.organisationId === actor.organisationId;
}

/** What a check is about: the owning organisation for scoped permissions, and the record for the audit trail. */
export type PermissionTarget = { organisationId?: string; entityType?: AuditEntityType; entityId?: string };

/**
 * Throws the Dutch refusal unless the actor holds the permission. The error names the
 * permission and the record, so that the server action can write the refused attempt to
 * the audit trail after the transaction has rolled back (lib/actions/run-form-action.ts).
 */
export function assertCan(
  actor: Pick<Actor, "role" | "organisationId">,
  permission: Permission,
  target?: PermissionTarget,
): void {
  const scoped = target?.organisationId === undefined ? undefined : { organisationId: target.organisationId };
  if (can(actor, permission, scoped)) return;
  throw new AppError("FORBIDDEN", nl.errors.forbidden, {
    refusal: { permission, entityType: target?.entityType, entityId: target?.entityId },
  });
}
