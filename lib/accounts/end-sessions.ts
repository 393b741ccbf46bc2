// A Beheerder ends every session of one user, or of everyone (ASVS 7.4.5), for instance after
// a lost laptop or a security incident: the sessionVersion is raised, so every session token
// issued before stops at its next request (lib/auth/require-user.ts). Passwords stay as they
// are. Audited; "everyone" includes the Beheerder who asks.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { UserAccountInput } from "@/lib/validation/account";

export async function endUserSessions(
  { actor, input }: { actor: Actor; input: UserAccountInput },
  tx?: Tx,
): Promise<{ userId: string }> {
  assertCan(actor, "users:manage", { entityType: "User", entityId: input.userId });
  return withTransaction(tx, async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.userId },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("NOT_FOUND", nl.userManagement.notFound);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: input.userId,
      kind: "SESSIONS_ENDED",
      after: { scope: "user" },
    });
    return { userId: input.userId };
  });
}

/** The id under which the audit trail records "everyone's sessions ended". */
export const ALL_SESSIONS_ENTITY_ID = "alle-sessies";

export async function endAllSessions({ actor }: { actor: Actor }, tx?: Tx): Promise<{ count: number }> {
  assertCan(actor, "users:manage", { entityType: "Database", entityId: ALL_SESSIONS_ENTITY_ID });
  return withTransaction(tx, async (tx) => {
    const { count } = await tx.user.updateMany({ data: { sessionVersion: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Database",
      entityId: ALL_SESSIONS_ENTITY_ID,
      kind: "SESSIONS_ENDED",
      after: { scope: "everyone", users: count },
    });
    return { count };
  });
}
