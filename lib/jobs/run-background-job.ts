// The worker's side of a job: claim it (QUEUED → RUNNING, so a message delivered twice
// runs it once), keep its heartbeat while the handler works, and end it as SUCCEEDED with
// its result or FAILED with a Dutch message. A domain refusal (AppError) is shown as it
// is; anything else is logged with a reference and the user sees the generic sentence.
import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import { HEARTBEAT_MS, type BackgroundJobKind } from "@/lib/jobs/background-job-kinds";
import { jobProgress, type JobProgress } from "@/lib/jobs/job-progress";
import type { Prisma } from "@/lib/generated/prisma/client.ts";
import type { Tx } from "@/lib/db-transaction";
import { notifyUsers } from "@/lib/notifications/notify";

export type ClaimedJob = { id: string; kind: BackgroundJobKind; ownerId: string | null; input: Prisma.JsonValue };

export type JobHandler = (job: ClaimedJob, progress: JobProgress) => Promise<Prisma.InputJsonValue>;

/** What ran and how it ended, for tests and the bench. */
export type JobRun = { state: "SUCCEEDED" | "FAILED" | "SKIPPED"; progressWrites: number };

export async function runBackgroundJob(
  jobId: string,
  handlers: Partial<Record<BackgroundJobKind, JobHandler>>,
): Promise<JobRun> {
  const prisma = db();
  const claimed = await prisma.$queryRaw<ClaimedJob[]>`
    UPDATE "BackgroundJob" SET state = 'RUNNING', "startedAt" = now(), "heartbeatAt" = now(), "updatedAt" = now()
     WHERE id = ${jobId} AND state = 'QUEUED'
     RETURNING id, kind, "ownerId", input`;
  const job = claimed[0];
  if (!job) return { state: "SKIPPED", progressWrites: 0 };
  const progress = jobProgress(prisma, job.id);
  const heartbeat = setInterval(() => {
    void prisma.$executeRaw`UPDATE "BackgroundJob" SET "heartbeatAt" = now() WHERE id = ${job.id} AND state = 'RUNNING'`.catch(
      () => {},
    );
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const handler = handlers[job.kind];
    if (!handler) throw new Error(`Geen verwerking voor taken van soort ${job.kind}`);
    const result = await handler(job, progress);
    await prisma.$transaction(async (tx) => {
      const ended = await tx.$executeRaw`
        UPDATE "BackgroundJob"
           SET state = 'SUCCEEDED', result = ${JSON.stringify(result)}::jsonb, input = NULL, done = total,
               "finishedAt" = now(), "heartbeatAt" = now(), "updatedAt" = now()
         WHERE id = ${job.id} AND state = 'RUNNING'`;
      if (ended === 1) await notifyJobOwner(tx, job, true);
    });
    return { state: "SUCCEEDED", progressWrites: progress.writes };
  } catch (error) {
    const message = isAppError(error)
      ? error.message
      : `${nl.jobs.failed} ${nl.forms.errorReference(reportUnexpectedError(error, { actorId: job.ownerId ?? undefined }))}`;
    await prisma.$transaction(async (tx) => {
      const ended = await tx.$executeRaw`
        UPDATE "BackgroundJob"
           SET state = 'FAILED', error = ${message}, input = NULL, "finishedAt" = now(), "updatedAt" = now()
         WHERE id = ${job.id} AND state = 'RUNNING'`;
      if (ended === 1) await notifyJobOwner(tx, job, false);
    });
    return { state: "FAILED", progressWrites: progress.writes };
  } finally {
    clearInterval(heartbeat);
  }
}

/** An import that ended, succeeded or failed, is told to the one who started it, with the job's end. */
async function notifyJobOwner(tx: Tx, job: ClaimedJob, succeeded: boolean): Promise<void> {
  if (job.kind !== "IMPORT") return;
  await notifyUsers(tx, {
    actorId: null,
    userIds: [job.ownerId],
    kind: "IMPORT_FINISHED",
    entityType: "BackgroundJob",
    entityId: job.id,
    data: { title: "", succeeded },
  });
}
