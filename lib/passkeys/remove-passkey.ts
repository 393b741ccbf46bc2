// "Verwijderen": a passkey removed by its owner (profile page) or, when it is lost, by a
// Beheerder (the user's page). Someone else's passkey is refused to everyone else and the
// attempt audited. The owner's sessionVersion is raised in the same transaction: sessions
// opened with that passkey end. The caller keeps the owner's own session going when the
// owner removed it themselves (lib/passkeys/keep-current-session.ts).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";

export async function removePasskey(
  { actor, input }: { actor: Actor; input: { passkeyId: string; userId?: string } },
  tx?: Tx,
): Promise<{ passkeyId: string; userId: string; sessionVersion: number }> {
  const ownerId = input.userId ?? actor.id;
  if (ownerId !== actor.id) assertCan(actor, "users:manage", { entityType: "User", entityId: ownerId });
  return withTransaction(tx, async (tx) => {
    const passkey = await tx.passkey.findFirst({
      where: { id: input.passkeyId, userId: ownerId },
      select: { id: true, name: true, credentialId: true },
    });
    if (!passkey) throw new AppError("NOT_FOUND", nl.passkeys.notFound);
    // deleteMany: a concurrent removal finds nothing left instead of failing.
    const { count } = await tx.passkey.deleteMany({ where: { id: passkey.id } });
    if (count === 0) throw new AppError("NOT_FOUND", nl.passkeys.notFound);
    const user = await tx.user.update({
      where: { id: ownerId },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: ownerId,
      kind: "PASSKEY_REMOVED",
      before: { passkey: passkey.id, name: passkey.name },
    });
    return { passkeyId: passkey.id, userId: ownerId, sessionVersion: user.sessionVersion };
  });
}
