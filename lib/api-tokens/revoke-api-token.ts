// "Intrekken": ends one of the user's own API tokens at once and for good. Someone else's
// token is refused and the attempt audited, whatever the role: tokens are personal, also for
// a Beheerder (who deactivates the user instead, which stops all their tokens).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { now } from "@/lib/clock";
import type { RevokeApiTokenInput } from "@/lib/validation/api-token";

export async function revokeApiToken(
  { actor, input }: { actor: Actor; input: RevokeApiTokenInput },
  tx?: Tx,
): Promise<{ tokenId: string }> {
  return withTransaction(tx, async (tx) => {
    const token = await tx.apiToken.findUnique({
      where: { id: input.tokenId },
      select: { id: true, userId: true, name: true, revokedAt: true },
    });
    if (!token) throw new AppError("NOT_FOUND", nl.profile.tokenNotFound);
    if (token.userId !== actor.id) {
      throw new AppError("FORBIDDEN", nl.errors.forbidden, {
        refusal: { permission: "api-tokens:own", entityType: "User", entityId: token.userId },
      });
    }
    // Revoking twice (two tabs) changes nothing the second time.
    if (token.revokedAt) return { tokenId: token.id };
    const revokedAt = now();
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt } });
    if (count === 1) {
      await recordAuditEvent(tx, {
        actorId: actor.id,
        entityType: "User",
        entityId: actor.id,
        kind: "API_TOKEN_REVOKED",
        before: { apiToken: token.id, name: token.name, revokedAt: null },
        after: { apiToken: token.id, name: token.name, revokedAt: revokedAt.toISOString() },
      });
    }
    return { tokenId: token.id };
  });
}
