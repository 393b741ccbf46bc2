// The worker mechanism's limits, with a real task: a worker that exceeds its time or its
// memory is stopped and heard as a WorkerLimitError naming that limit; within them it answers.
import { describe, expect, it } from "vitest";
import { runInWorker, WorkerLimitError, type WorkerUsage } from "@/lib/uploads/run-in-worker";
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
    // 1 MB of heap is not enough to load file-type.
    expect(await limitOf(sniff({ seconds: 20, memoryMegabytes: 1 }))).toBe("memory");
  });
});
