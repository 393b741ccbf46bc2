// Which function does which kind of job; the queue's worker runs them (runLongWork).
import "server-only";
import type { BackgroundJobKind } from "@/lib/jobs/background-job-kinds";
import { runBackgroundJob, type JobHandler, type JobRun } from "@/lib/jobs/run-background-job";
import { runImportJob } from "@/lib/import/run-import-job";
import { runLetterPrintJob } from "@/lib/letters/run-letter-print-job";

export const BACKGROUND_JOB_HANDLERS: Record<BackgroundJobKind, JobHandler> = {
  IMPORT: (job, progress) => runImportJob(job, progress),
  LETTER_PRINT: (job, progress) => runLetterPrintJob(job, progress),
};

export function runLongWork(jobId: string): Promise<JobRun> {
  return runBackgroundJob(jobId, BACKGROUND_JOB_HANDLERS);
}
