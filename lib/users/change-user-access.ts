// A Beheerder changes a user's role and organisation, on the version they saw. The database
// raises the user's sessionVersion on such a change (a trigger), which ends their sessions
// at the next request: a new role never rides on an old session. A Beheerder cannot take
// their own role away; the audit event holds the changed fields only.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { ChangeUserAccessInput } from "@/lib/validation/user";

export type ChangedUserAccess = { changed: boolean; version: number };

export async function changeUserAccess(
  { actor, input }: { actor: Actor; input: ChangeUserAccessInput },
  tx?: Tx,
): Promise<ChangedUserAccess> {
  assertCan(actor, "users:manage", { entityType: "User", entityId: input.userId });
  return withTransaction(tx, async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, role: true, organisationId: true, version: true },
    });
    if (!user) throw new AppError("NOT_FOUND", nl.userManagement.notFound);
    if (user.version !== input.version) throw await conflictError(tx, { entityType: "User", id: user.id });
    if (user.id === actor.id && input.role !== user.role) {
      throw new AppError("INVALID", nl.userManagement.ownRole, {
        fieldError: { field: "role", message: nl.userManagement.ownRole },
      });
    }
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId },
      select: { id: true },
    });
    if (!organisation) {
      throw new AppError("INVALID", nl.userManagement.organisationUnknown, {
        fieldError: { field: "organisationId", message: nl.userManagement.organisationUnknown },
      });
    }

    const before: Record<string, string> = {};
    const after: Record<string, string> = {};
    if (input.role !== user.role) [before.role, after.role] = [user.role, input.role];
    if (input.organisationId !== user.organisationId)
      [before.organisationId, after.organisationId] = [user.organisationId, input.organisationId];
    if (Object.keys(after).length === 0) return { changed: false, version: user.version };

    await updateVersioned(tx, { entityType: "User", id: user.id, version: input.version }, (where) =>
      tx.user.updateMany({ where, data: { role: input.role, organisationId: input.organisationId, ...nextVersion } }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: user.id,
      kind: "UPDATE",
      before,
      after,
    });
    return { changed: true, version: input.version + 1 };
  });
}
