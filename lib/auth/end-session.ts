// Sign-out ends every session of the user, not only this browser's: the sessionVersion is
// raised (lib/auth/session-policy.ts), so a copied or forgotten token dies with it. Only
// a token that is still current does so (an old token cannot end newer sessions), and the
// sign-out is recorded in the audit trail in the same transaction.
import type { PrismaClient } from "@/lib/db-client";
import type { JWT } from "next-auth/jwt";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

export async function endSession(prisma: PrismaClient, token: JWT | null | undefined): Promise<boolean> {
  if (!token || typeof token.sub !== "string" || typeof token.sv !== "number") return false;
  const { sub: userId, sv } = token;
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, sessionVersion: sv },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count === 0) return false;
    await recordAuditEvent(tx, {
      actorId: userId,
      entityType: "SignIn",
      entityId: String(token.email ?? userId),
      kind: "SIGNED_OUT",
    });
    return true;
  });
}
