// The shared core of the four workflow steps (submit, approve, return, send): the permission,
// the letter as the user saw it (its version), the transition from the one table in
// letter-status.ts, and then the versioned status change with its audit event. Each step's
// own file adds what is particular to it (open remarks, the reason, the sent document).
import "server-only";
import { now } from "@/lib/clock";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent, type AuditKind } from "@/lib/audit/record-audit-event";
import { conflictError, nextVersion, updateVersioned } from "@/lib/concurrency/update-versioned";
import type { Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import type { LetterStatus, ReportKind } from "@/lib/generated/prisma/enums.ts";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import { nl } from "@/lib/i18n/nl";
import { canMoveLetter } from "@/lib/letters/letter-status";
import { notifyContributorsOfLetter, notifyCoordinators } from "@/lib/notifications/notify";

export type LetterBeforeStep = {
  id: string;
  title: string;
  status: LetterStatus;
  version: number;
  kind: ReportKind;
  commitmentId: string | null;
};
export type MovedLetter = { letterId: string; status: LetterStatus; version: number };

/** Checks who, which version and whether `to` may follow the current status; returns the letter. */
export async function loadLetterForStep(
  tx: Tx,
  actor: Actor,
  input: { letterId: string; version: number },
  to: LetterStatus,
): Promise<LetterBeforeStep> {
  assertCan(actor, "letters:manage", { entityType: "LetterDraft", entityId: input.letterId });
  const letter = await tx.letterDraft.findUnique({
    where: { id: input.letterId },
    select: { id: true, title: true, status: true, version: true, kind: true, commitmentId: true },
  });
  if (!letter) throw new AppError("NOT_FOUND", nl.letterWorkflow.notFound);
  // A stale form first: the colleague's step explains why this one no longer fits.
  if (letter.version !== input.version) throw await conflictError(tx, { entityType: "LetterDraft", id: letter.id });
  if (!canMoveLetter(letter.status, to))
    throw new AppError("INVALID", nl.letterWorkflow.notAllowed(nl.letterStatus[letter.status], nl.letterStatus[to]));
  return letter;
}

/** Moves the letter to `to` (version-checked) and writes the step's audit event in the same transaction. */
export async function writeLetterStep(
  tx: Tx,
  actor: Actor,
  letter: LetterBeforeStep,
  step: {
    to: LetterStatus;
    kind: AuditKind;
    data?: Omit<Prisma.LetterDraftUncheckedUpdateManyInput, "status" | "version">;
    before?: Record<string, Prisma.InputJsonValue | null>;
    after?: Record<string, Prisma.InputJsonValue | null>;
  },
): Promise<MovedLetter> {
  await updateVersioned(tx, { entityType: "LetterDraft", id: letter.id, version: letter.version }, (where) =>
    tx.letterDraft.updateMany({ where, data: { ...step.data, status: step.to, updatedAt: now(), ...nextVersion } }),
  );
  await recordAuditEvent(tx, {
    actorId: actor.id,
    entityType: "LetterDraft",
    entityId: letter.id,
    kind: step.kind,
    before: { status: letter.status, ...step.before },
    after: { status: step.to, ...step.after },
  });
  // Every step goes through here, so its notifications are written with it.
  const about = {
    actorId: actor.id,
    entityType: "LetterDraft",
    entityId: letter.id,
    data: { title: letter.title, by: actor.name },
  } as const;
  if (step.to === "IN_REVIEW") await notifyCoordinators(tx, { ...about, kind: "LETTER_IN_REVIEW" });
  if (step.to === "APPROVED" || step.to === "SENT") {
    await notifyContributorsOfLetter(tx, {
      ...about,
      kind: step.to === "APPROVED" ? "LETTER_APPROVED" : "LETTER_SENT",
      letterId: letter.id,
    });
  }
  return { letterId: letter.id, status: step.to, version: letter.version + 1 };
}
