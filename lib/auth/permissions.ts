// Who may do what: one table, checked inside every domain function. Organisation-scoped
// permissions hold for a Bijdrager only on records owned by their own organisation.
import type { Role } from "@/lib/generated/prisma/enums.ts";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";

type Scope = "all" | "own-organisation";

const PERMISSIONS = {
  "recommendations:read": { READER: "all", CONTRIBUTOR: "all", COORDINATOR: "all", ADMIN: "all" },
  "recommendations:manage": { COORDINATOR: "all" },
  "actions:update": { CONTRIBUTOR: "own-organisation", COORDINATOR: "all" },
  "actions:manage": { COORDINATOR: "all" },
  "deadlines:propose": { CONTRIBUTOR: "own-organisation", COORDINATOR: "all" },
  "deadlines:approve": { COORDINATOR: "all" },
  "commitments:manage": { COORDINATOR: "all" },
  "letters:manage": { COORDINATOR: "all" },
  "users:manage": { ADMIN: "all" },
} as const satisfies Record<string, Partial<Record<Role, Scope>>>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether the actor holds the permission; for scoped permissions, on a record of `organisationId`. */
export function can(actor: Pick<Actor, "role" | "organisationId">, permission: Permission, target?: { organisationId: string }): boolean {
  const scope = (PERMISSIONS[permission] as Partial<Record<Role, Scope>>)[actor.role];
  if (!scope) return false;
  if (scope === "all") return true;
  return target !== undefined && target.organisationId === actor.organisationId;
}

export function assertCan(actor: Pick<Actor, "role" | "organisationId">, permission: Permission, target?: { organisationId: string }): void {
  if (!can(actor, permission, target)) throw new AppError("FORBIDDEN", nl.errors.forbidden);
}
