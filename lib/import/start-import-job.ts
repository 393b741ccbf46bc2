// "Importeren" (Coördinator): the checked file's rows put in the job queue, so the writes
// (tens of seconds for thousands of rows) run in a worker and not inside the request, which
// a reverse proxy would cut off. One import at a time: a second while one is queued or
// running is refused with the Dutch reason. The job's row keeps the rows until it ends.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { fileRefusal } from "@/lib/import/read-import-workbook";
import { readUploadedImport } from "@/lib/import/read-uploaded-import";
import { markLostJobsFailed } from "@/lib/jobs/mark-lost-jobs-failed";
import { sendLongWork } from "@/lib/jobs/long-work-queue";
import type { ImportJobInput } from "@/lib/import/run-import-job";

const IMPORT_START_LOCK = 72_846_110;

export async function startImportJob(
  { actor, input }: { actor: Actor; input: { file: File | null; checkedSha256?: string } },
  send: (jobId: string) => Promise<void> = sendLongWork,
): Promise<{ jobId: string }> {
  assertCan(actor, "data:import");
  const workbook = await readUploadedImport(input.file);
  if (input.checkedSha256 !== workbook.sha256) throw fileRefusal(nl.dataImport.notChecked);
  const prisma = db();
  const job = await prisma.$transaction(
    async (tx) => {
      // Two Importeren at the same moment: the second waits here and then sees the first.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_START_LOCK})`;
      await markLostJobsFailed(tx, { kind: "IMPORT" });
      const running = await tx.backgroundJob.findFirst({
        where: { kind: "IMPORT", state: { in: ["QUEUED", "RUNNING"] } },
        select: { owner: { select: { name: true } } },
      });
      if (running) throw new AppError("INVALID", nl.dataImport.alreadyRunning(running.owner?.name ?? "?"));
      const jobInput: ImportJobInput = { sha256: workbook.sha256, rows: workbook.rows };
      return tx.backgroundJob.create({
        data: { kind: "IMPORT", ownerId: actor.id, total: workbook.rows.length, input: jobInput },
        select: { id: true },
      });
      // The rows of a large file are a few MB of JSON: more than a form's 5 s on a busy server.
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  try {
    await send(job.id);
  } catch (error) {
    // Not queued: the job ends at once, so it blocks no later import.
    await prisma.backgroundJob.update({
      where: { id: job.id },
      data: { state: "FAILED", error: nl.jobs.failed, input: Prisma.DbNull, finishedAt: new Date() },
    });
    throw error;
  }
  return { jobId: job.id };
}
