// A job's status for its page: only the one who started it, or a Coördinator, may see it
// (an import's result names what changed). A job whose worker went away is ended as failed
// on the way (markLostJobsFailed), so the page never follows a job that cannot finish.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { nl } from "@/lib/i18n/nl";
import { markLostJobsFailed } from "@/lib/jobs/mark-lost-jobs-failed";
import type { BackgroundJobKind } from "@/lib/jobs/background-job-kinds";
import type { BackgroundJobState } from "@/lib/generated/prisma/enums.ts";
import type { Prisma } from "@/lib/generated/prisma/client.ts";

export type BackgroundJobStatus = {
  id: string;
  kind: BackgroundJobKind;
  state: BackgroundJobState;
  done: number;
  total: number;
  result: Prisma.JsonValue;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

export async function getBackgroundJob({
  actor,
  jobId,
}: {
  actor: Actor;
  jobId: string;
}): Promise<BackgroundJobStatus> {
  const prisma = db();
  await markLostJobsFailed(prisma, { id: jobId });
  const job = await prisma.backgroundJob.findUnique({
    where: { id: jobId },
    select: {
      id: true,
      kind: true,
      ownerId: true,
      state: true,
      done: true,
      total: true,
      result: true,
      error: true,
      createdAt: true,
      finishedAt: true,
    },
  });
  if (!job) throw new AppError("NOT_FOUND", nl.jobs.notFound);
  if (job.ownerId !== actor.id && !can(actor, "jobs:read-any"))
    throw new AppError("FORBIDDEN", nl.errors.forbidden, {
      refusal: { permission: "jobs:read-any", entityType: "BackgroundJob", entityId: job.id },
    });
  return {
    id: job.id,
    kind: job.kind as BackgroundJobKind,
    state: job.state,
    done: job.done,
    total: job.total,
    result: job.result,
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
