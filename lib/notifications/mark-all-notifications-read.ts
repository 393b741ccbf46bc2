// "Alles als gelezen markeren": every unread notification of the actor's own, in one statement.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { now } from "@/lib/clock";

export async function markAllNotificationsRead({ actor }: { actor: Actor }, tx?: Tx): Promise<{ marked: number }> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "recommendations:read");
    const { count } = await tx.notification.updateMany({
      where: { userId: actor.id, readAt: null },
      data: { readAt: now() },
    });
    return { marked: count };
  });
}
