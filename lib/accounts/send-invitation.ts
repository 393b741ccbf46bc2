// A Beheerder sends a person an invitation: a mailed one-time link (72 hours) with which
// they choose their own password. Used for a new user and to reset one (a lost password,
// an expired link); a new invitation revokes the open one. The audit event says when it
// was sent and until when it holds, never the link or its hash. The mail is sent inside the
// transaction: when it fails, no open invitation is left that nobody received.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { appBaseUrl } from "@/lib/env";
import { sendAppMail } from "@/lib/mail/send-app-mail";
import { composeLinkMail } from "./account-mails";
import { issueOneTimeLink } from "./one-time-link";
import type { UserAccountInput } from "@/lib/validation/account";

export type SentInvitation = { email: string; expiresAt: Date };

export async function sendInvitation(
  { actor, input, now = new Date() }: { actor: Actor; input: UserAccountInput; now?: Date },
  tx?: Tx,
): Promise<SentInvitation> {
  assertCan(actor, "users:manage", { entityType: "User", entityId: input.userId });
  return withTransaction(tx, async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, name: true, email: true, active: true },
    });
    if (!user) throw new AppError("NOT_FOUND", nl.userManagement.notFound);
    if (!user.active) throw new AppError("INVALID", nl.accounts.inactiveNoInvitation);
    const link = await issueOneTimeLink(tx, { userId: user.id, kind: "invitation", createdById: actor.id, now });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: user.id,
      kind: "INVITATION_SENT",
      after: { email: user.email, expiresAt: link.expiresAt.toISOString() },
    });
    await sendAppMail(
      composeLinkMail({
        kind: "invitation",
        to: user.email,
        name: user.name,
        inviter: actor.name,
        token: link.token,
        expiresAt: link.expiresAt,
        baseUrl: appBaseUrl(),
      }),
    );
    return { email: user.email, expiresAt: link.expiresAt };
  });
}
