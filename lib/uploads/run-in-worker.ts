// One piece of work on untrusted input, in a worker thread (node:worker_threads) with a memory
// limit and a time limit: the request's event loop stays free while it runs, and the worker is
// terminated when it exceeds either limit, which the caller hears as a WorkerLimitError naming
// the limit. The work itself is a task of lib/uploads/worker/worker-entry.mjs, plain
// JavaScript named by its path in the project. Under Vitest Node runs that file as it is;
// Turbopack (`next dev`, `next build`) recognises the path and bundles the worker as an entry
// of its own, with the packages it imports, and its runtime starts that bundle instead, with
// the same options. Keep the path a plain join of process.cwd() and literals, so that it can.
//
// Each worker may take UPLOAD_READ_MEMORY_MB of heap on top of the file's bytes, so only a
// few run at once per app instance (uploadReadLimiter); a few more wait, and beyond that an
// upload is refused at once with "Probeer het over een minuut opnieuw." (BusyError) instead
// of twenty workers at once taking gigabytes (docs/decisions/044).
import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { WorkLimiter } from "@/lib/overload/work-limiter";
import { nl } from "@/lib/i18n/nl";

/** Workers reading an upload at once per app instance: the machine's two cores. */
export const MAX_UPLOAD_READS = 2;
/** Uploads waiting for a worker; a 5,000-row import is read in a few seconds, so the wait stays short. */
export const MAX_WAITING_UPLOAD_READS = 4;
export const UPLOAD_READ_RETRY_AFTER_SECONDS = 60;

const globalForUploads = globalThis as unknown as { opvolgingUploadReads?: WorkLimiter };

/** This instance's one bound on upload workers (per process, as the print queue). */
export function uploadReadLimiter(): WorkLimiter {
  globalForUploads.opvolgingUploadReads ??= new WorkLimiter({
    running: MAX_UPLOAD_READS,
    waiting: MAX_WAITING_UPLOAD_READS,
    retryAfterSeconds: UPLOAD_READ_RETRY_AFTER_SECONDS,
    message: nl.overload.tryAgain,
  });
  return globalForUploads.opvolgingUploadReads;
}

export type WorkerTask = "read-workbook" | "sniff-file-type";
export type WorkerLimits = { seconds: number; memoryMegabytes: number };
export type WorkerLimit = "time" | "memory";
/** What the worker's V8 heap reached (for measurements; not the file's bytes, which live outside it). */
export type WorkerUsage = { heapBytes: number; peakMallocedBytes: number };

export class WorkerLimitError extends Error {
  constructor(readonly limit: WorkerLimit) {
    super(`De worker overschreed de ${limit === "time" ? "tijdslimiet" : "geheugenlimiet"}.`);
    this.name = "WorkerLimitError";
  }
}

type WorkerAnswer = { ok: true; value: unknown; usage: WorkerUsage } | { ok: false; error: string };

/**
 * Runs `task` on `input` (copied to the worker) and gives its answer; rejects with a
 * WorkerLimitError when a limit was hit, with a BusyError when too many uploads are being
 * read already, or with the task's own error. `onUsage` hears the worker's heap figures
 * (the benchmark reports them).
 */
export async function runInWorker<Output>(
  task: WorkerTask,
  input: unknown,
  limits: WorkerLimits,
  onUsage?: (usage: WorkerUsage) => void,
): Promise<Output> {
  return uploadReadLimiter().run(() => runWorker<Output>(task, input, limits, onUsage));
}

function runWorker<Output>(
  task: WorkerTask,
  input: unknown,
  limits: WorkerLimits,
  onUsage?: (usage: WorkerUsage) => void,
): Promise<Output> {
  const worker = new Worker(path.join(process.cwd(), "lib/uploads/worker/worker-entry.mjs"), {
    workerData: { task, input },
    resourceLimits: {
      maxOldGenerationSizeMb: limits.memoryMegabytes,
      maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.floor(limits.memoryMegabytes / 8))),
      stackSizeMb: 4,
    },
  });
  return new Promise<Output>((resolve, reject) => {
    let settled = false;
    const settle = (work: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      work();
    };
    const timer = setTimeout(() => settle(() => reject(new WorkerLimitError("time"))), limits.seconds * 1000);
    worker.once("message", (answer: WorkerAnswer) =>
      settle(() => {
        if (!answer.ok) return reject(new Error(answer.error));
        onUsage?.(answer.usage);
        resolve(answer.value as Output);
      }),
    );
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new WorkerLimitError("memory") : error)),
    );
    worker.once("exit", (code) => settle(() => reject(new Error(`De worker stopte zonder antwoord (code ${code}).`))));
  });
}
