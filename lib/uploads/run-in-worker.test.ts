// The worker mechanism's limits, with a real task: a worker that exceeds its time or its
// memory is stopped and heard as a WorkerLimitError naming that limit; within them it answers;
// and with every worker place and waiting place taken, an upload is refused at once.
import { describe, expect, it } from "vitest";
import {
  MAX_UPLOAD_READS,
  MAX_WAITING_UPLOAD_READS,
  runInWorker,
  uploadReadLimiter,
  UPLOAD_READ_RETRY_AFTER_SECONDS,
  WorkerLimitError,
  type WorkerUsage,
} from "@/lib/uploads/run-in-worker";
import { BusyError } from "@/lib/overload/busy-error";
import { ZIP_LIMITS } from "@/lib/uploads/upload-limits";

const pdf = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
const sniff = (limits: { seconds: number; memoryMegabytes: number }, onUsage?: (usage: WorkerUsage) => void) =>
  runInWorker("sniff-file-type", { bytes: pdf, zipLimits: ZIP_LIMITS }, limits, onUsage);

async function limitOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (failure: unknown) => failure,
  );
  if (!(error instanceof WorkerLimitError)) throw new Error(`Geen limiet: ${String(error)}`);
  return error.limit;
}

describe("runInWorker", () => {
  it("answers within its limits and reports the worker's heap", async () => {
    let usage: WorkerUsage | undefined;
    expect(await sniff({ seconds: 20, memoryMegabytes: 64 }, (reported) => (usage = reported))).toEqual({
      refused: null,
      mime: "application/pdf",
    });
    expect(usage?.heapBytes).toBeGreaterThan(0);
  });

  it("stops a worker that runs past its time limit", async () => {
    expect(await limitOf(sniff({ seconds: 0.001, memoryMegabytes: 64 }))).toBe("time");
  });

  it("stops a worker that needs more than its memory limit", async () => {
    // 4 MB of heap is not enough to load file-type. (At 1 MB, Node 24 cannot even start the
    // worker: V8 aborts the whole process, "GC during deserialization"; the app asks 256 MB.)
    expect(await limitOf(sniff({ seconds: 20, memoryMegabytes: 4 }))).toBe("memory");
  });

  it("refuses an upload at once, in Dutch, while the workers and the queue behind them are full", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const places = Array.from({ length: MAX_UPLOAD_READS + MAX_WAITING_UPLOAD_READS }, () =>
      uploadReadLimiter().run(() => held),
    );
    const refused = await sniff({ seconds: 20, memoryMegabytes: 64 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BusyError);
    expect(refused).toMatchObject({
      message: "Probeer het over een minuut opnieuw.",
      retryAfterSeconds: UPLOAD_READ_RETRY_AFTER_SECONDS,
    });
    release();
    await Promise.all(places);
    expect(uploadReadLimiter().size).toEqual({ running: 0, waiting: 0 });
    expect(await sniff({ seconds: 20, memoryMegabytes: 64 })).toMatchObject({ mime: "application/pdf" });
  });
});
