// A person opens their invitation or reset link and chooses a password. No session: the
// link is the proof. The link is claimed atomically (one use), the password must pass the
// rules (lib/accounts/password-policy.ts), and the person's sessionVersion is raised, so any
// session that was open (someone who knew the old password) ends. An invitation also marks
// the e-mail address as verified: the mail arrived. The audit event has no secret in it.
import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { passwordProblem } from "./password-policy";
import { claimLink, findUsableLink, type LinkKind } from "./one-time-link";
import type { SetPasswordWithLinkInput } from "@/lib/validation/account";

const unusable = () => new AppError("INVALID", nl.accounts.linkUnusable);

export async function setPasswordWithLink({
  kind,
  input,
  now = new Date(),
}: {
  kind: LinkKind;
  input: SetPasswordWithLinkInput;
  now?: Date;
}): Promise<{ userId: string }> {
  const link = await findUsableLink(db(), { token: input.token, kind, now });
  if (!link) throw unusable();
  const problem = passwordProblem(input.newPassword, link.user);
  if (problem) throw new AppError("INVALID", problem, { fieldError: { field: "newPassword", message: problem } });
  // Half a second of scrypt, before the transaction, which it would only hold open.
  const passwordHash = await hashPassword(input.newPassword);
  return db().$transaction(async (tx) => {
    if (!(await claimLink(tx, { id: link.id, userId: link.user.id, now }))) throw unusable();
    const user = await tx.user.update({
      where: { id: link.user.id, active: true },
      data: {
        passwordHash,
        sessionVersion: { increment: 1 },
        ...(kind === "invitation" ? { emailVerified: now } : {}),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: user.id,
      entityType: "User",
      entityId: user.id,
      kind: kind === "invitation" ? "ACCOUNT_ACTIVATED" : "PASSWORD_RESET",
      after: { passwordSet: true, sessionsEnded: true },
    });
    return { userId: user.id };
  });
}
