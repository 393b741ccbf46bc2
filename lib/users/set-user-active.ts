// A Beheerder deactivates a user, or activates them again. A deactivated user cannot sign
// in (lib/auth/authorize-credentials.ts, lib/auth/link-oidc-account.ts), and the database
// raises their sessionVersion (a trigger), so open sessions stop at the next request. Users
// are never deleted: their name stays in every history. A Beheerder cannot deactivate
// themselves, so there is always one left to undo a mistake.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { SetUserActiveInput } from "@/lib/validation/user";

export type UserActiveState = { active: boolean; version: number };

export async function setUserActive(
  { actor, input }: { actor: Actor; input: SetUserActiveInput },
  tx?: Tx,
): Promise<UserActiveState> {
  assertCan(actor, "users:manage", { entityType: "User", entityId: input.userId });
  return withTransaction(tx, async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, active: true, version: true },
    });
    if (!user) throw new AppError("NOT_FOUND", nl.userManagement.notFound);
    if (user.id === actor.id && !input.active) throw new AppError("INVALID", nl.userManagement.ownDeactivation);
    if (user.version !== input.version) throw await conflictError(tx, { entityType: "User", id: user.id });
    if (user.active === input.active) return { active: user.active, version: user.version };

    await updateVersioned(tx, { entityType: "User", id: user.id, version: input.version }, (where) =>
      tx.user.updateMany({ where, data: { active: input.active, ...nextVersion } }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: user.id,
      kind: input.active ? "USER_REACTIVATED" : "USER_DEACTIVATED",
      before: { active: user.active },
      after: { active: input.active },
    });
    return { active: input.active, version: input.version + 1 };
  });
}
