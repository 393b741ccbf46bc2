// "Wachtwoord vergeten?": anyone may ask for a reset link for an address. The answer is the
// same whether or not an active account has that address; the request is counted per address
// (and per client address, with the sign-in's counter) before anything is looked up, for
// known and unknown addresses alike. The lookup, the link and the mail run in `defer`: the
// server action passes Next's after(), so they happen once the answer is on its way and its
// timing tells nothing either. The audit event (only for an existing account) names the
// client address, never the link.
import "server-only";
import { db } from "@/lib/db";
import { appBaseUrl } from "@/lib/env";
import { countSignInAttempt } from "@/lib/auth/sign-in-throttle";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { sendAppMail } from "@/lib/mail/send-app-mail";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { composeLinkMail } from "./account-mails";
import { issueOneTimeLink } from "./one-time-link";
import type { RequestPasswordResetInput } from "@/lib/validation/account";

export type ResetRequestOutcome = "accepted" | "throttled";

export async function requestPasswordReset({
  input,
  clientAddress = null,
  now = new Date(),
  defer = (work) => work(),
}: {
  input: RequestPasswordResetInput;
  clientAddress?: string | null;
  now?: Date;
  /** Runs the lookup and the mail; by default at once (tests), in the app after the response. */
  defer?: (work: () => Promise<void>) => Promise<void> | void;
}): Promise<ResetRequestOutcome> {
  const decision = await countSignInAttempt(db(), { email: input.email, clientAddress, purpose: "reset" }, now);
  if (!decision.allowed) return "throttled";
  await defer(async () => {
    try {
      await sendResetLink(input.email, clientAddress, now);
    } catch (error) {
      // Nobody is waiting for this answer any more: the server log has it.
      reportUnexpectedError(error);
    }
  });
  return "accepted";
}

async function sendResetLink(email: string, clientAddress: string | null, now: Date): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { email: { equals: email, mode: "insensitive" }, active: true },
      select: { id: true, name: true, email: true },
    });
    if (!user) return;
    const link = await issueOneTimeLink(tx, { userId: user.id, kind: "reset", createdById: null, now });
    await recordAuditEvent(tx, {
      actorId: null,
      entityType: "User",
      entityId: user.id,
      kind: "PASSWORD_RESET_REQUESTED",
      after: { clientAddress, expiresAt: link.expiresAt.toISOString() },
    });
    await sendAppMail(
      composeLinkMail({
        kind: "reset",
        to: user.email,
        name: user.name,
        token: link.token,
        expiresAt: link.expiresAt,
        baseUrl: appBaseUrl(),
      }),
    );
  });
}
