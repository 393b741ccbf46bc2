// A signed-in person changes their own password: the current one and the new one (ASVS 6.2.2,
// 6.2.3). Guessing the current password through this form (a stolen session) is throttled
// with the sign-in's own counter for the address. The new password must pass the rules; the
// sessionVersion is raised, so every other session ends (the form signs this one in afresh).
// The audit event says that it changed, nothing more.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordCheckLimiter } from "@/lib/auth/password-check-limiter";
import { countSignInAttempt } from "@/lib/auth/sign-in-throttle";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { passwordProblem } from "./password-policy";
import type { ChangeOwnPasswordInput } from "@/lib/validation/account";

const fieldError = (field: string, message: string) =>
  new AppError("INVALID", message, { fieldError: { field, message } });

export async function changeOwnPassword({
  actor,
  input,
  clientAddress = null,
  now = new Date(),
}: {
  actor: Actor;
  input: ChangeOwnPasswordInput;
  clientAddress?: string | null;
  now?: Date;
}): Promise<{ email: string }> {
  const user = await db().user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  if (!user) throw new AppError("NOT_FOUND", nl.userManagement.notFound);
  if (!user.passwordHash) throw new AppError("INVALID", nl.accounts.noPasswordYet);
  const problem = passwordProblem(input.newPassword, user);
  if (problem) throw fieldError("newPassword", problem);

  const decision = await countSignInAttempt(db(), { email: user.email, clientAddress }, now);
  if (!decision.allowed) throw new AppError("INVALID", nl.accounts.tooManyAttempts);
  const check = await passwordCheckLimiter.run(() => verifyPassword(input.currentPassword, user.passwordHash!));
  if (!check.ran) throw new AppError("INVALID", nl.accounts.busy);
  if (!check.value) throw fieldError("currentPassword", nl.accounts.currentPasswordWrong);

  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    // Only over the hash that was checked: a change elsewhere in the meantime wins.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash, active: true },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", nl.accounts.currentPasswordWrong);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      entityType: "User",
      entityId: user.id,
      kind: "PASSWORD_CHANGED",
      after: { sessionsEnded: true, clientAddress },
    });
  });
  return { email: user.email };
}
