// For pages: the one refusal when the actor may not use the page. The decision is the
// permission table's (lib/auth/permissions.ts); `forbidden()` makes Next answer 403 and
// render app/(app)/forbidden.tsx, so every refused page looks and reads the same.
import "server-only";
import { forbidden } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";

export function requirePagePermission(actor: Pick<Actor, "role" | "organisationId">, permission: Permission): void {
  if (!can(actor, permission)) forbidden();
}
