// After "Vaststellen": the fixed letter's Word and PDF files made in the background (a
// LETTER_PRINT job), so that the first download of the fixed letter is a read and not a
// wait for Chromium. Its text is locked from now on, so the files stay valid.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import { nl } from "@/lib/i18n/nl";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { sendLongWork } from "@/lib/jobs/long-work-queue";

export type LetterPrintJobInput = { letterId: string };

export async function startLetterPrintJob(
  { actor, letterId }: { actor: Actor; letterId: string },
  send: (jobId: string) => Promise<void> = sendLongWork,
): Promise<{ jobId: string }> {
  assertCan(actor, "letters:manage", { entityType: "LetterDraft", entityId: letterId });
  const input: LetterPrintJobInput = { letterId };
  const job = await db().backgroundJob.create({
    data: { kind: "LETTER_PRINT", ownerId: actor.id, total: 2, input },
    select: { id: true },
  });
  try {
    await send(job.id);
  } catch (error) {
    // Not queued: ended at once, and the first download makes the files instead.
    await db().backgroundJob.update({
      where: { id: job.id },
      data: { state: "FAILED", error: nl.jobs.failed, input: Prisma.DbNull, finishedAt: new Date() },
    });
    throw error;
  }
  return { jobId: job.id };
}
