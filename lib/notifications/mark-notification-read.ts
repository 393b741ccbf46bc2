// "Markeren als gelezen": one of the actor's own notifications; another's is not found. Marking
// read is the reader's own bookkeeping, not a change to the record, so it writes no audit event.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { now } from "@/lib/clock";
import type { MarkNotificationReadInput } from "@/lib/validation/notifications";

export async function markNotificationRead(
  { actor, input }: { actor: Actor; input: MarkNotificationReadInput },
  tx?: Tx,
): Promise<void> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "recommendations:read");
    const found = await tx.notification.findFirst({
      where: { id: input.notificationId, userId: actor.id },
      select: { id: true },
    });
    if (!found) throw new AppError("NOT_FOUND", nl.notifications.notFound);
    // Already read stays read at its first time.
    await tx.notification.updateMany({ where: { id: found.id, readAt: null }, data: { readAt: now() } });
  });
}
