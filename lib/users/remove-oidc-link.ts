// A Beheerder removes a user's OpenID Connect link, e.g. when it was made with the wrong
// identity. The removal and its audit event commit together; the user's sessionVersion is
// raised in the same transaction, so sessions opened through that identity end too.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";

export async function removeOidcLink({
  actor,
  userId,
  accountId,
}: {
  actor: Actor;
  userId: string;
  accountId: string;
}): Promise<void> {
  assertCan(actor, "users:manage");
  await db().$transaction(async (tx) => {
    const account = await tx.account.findFirst({
      where: { id: accountId, userId },
      select: { id: true, issuer: true, providerAccountId: true },
    });
    if (!account) throw new AppError("NOT_FOUND", nl.users.linkNotFound);
    // deleteMany: a concurrent removal finds nothing left instead of failing.
    const { count } = await tx.account.deleteMany({ where: { id: account.id } });
    if (count === 0) throw new AppError("NOT_FOUND", nl.users.linkNotFound);
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "Account",
      entityId: account.id,
      kind: "OIDC_UNLINKED",
      before: { userId, issuer: account.issuer, providerAccountId: account.providerAccountId },
    });
  });
}
