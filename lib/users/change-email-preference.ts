// "Meldingen per e-mail" on /profiel: how the signed-in person's notifications reach them by
// e-mail (direct, daily or never). Always their own row; versioned and audited as any change
// to a user.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import type { EmailPreferenceInput } from "@/lib/validation/notifications";

export async function changeEmailPreference(
  { actor, input }: { actor: Actor; input: EmailPreferenceInput },
  tx?: Tx,
): Promise<void> {
  return withTransaction(tx, async (tx) => {
    assertCan(actor, "recommendations:read");
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { emailPreference: true, version: true },
    });
    if (user.version !== input.version) throw await conflictError(tx, { entityType: "User", id: actor.id });
    if (user.emailPreference === input.emailPreference) return;
    await updateVersioned(tx, { entityType: "User", id: actor.id, version: input.version }, (where) =>
      tx.user.updateMany({ where, data: { emailPreference: input.emailPreference, ...nextVersion } }),
    );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: actor.id,
      kind: "UPDATE",
      before: { emailPreference: user.emailPreference },
      after: { emailPreference: input.emailPreference },
    });
  });
}
