// @ts-check
// The entry of every worker thread started by lib/uploads/run-in-worker.ts: it runs one task
// on the input it was given and posts the answer back. Plain JavaScript, so that Vitest runs
// it without a TypeScript loader; `next dev` and `next build` bundle it (Turbopack) as a
// worker entry of its own. A new kind of long work adds its task to this table.
import { parentPort, workerData } from "node:worker_threads";
import { getHeapStatistics } from "node:v8";

/** @type {Record<string, () => Promise<(input: any) => Promise<unknown>>>} */
const TASKS = {
  "read-workbook": async () => (await import("./read-workbook-task.mjs")).readWorkbookTask,
  "sniff-file-type": async () => (await import("./sniff-file-type-task.mjs")).sniffFileTypeTask,
};

const { task, input } = /** @type {{ task: string, input: unknown }} */ (workerData);
try {
  const load = TASKS[task];
  if (!load) throw new Error(`Onbekende taak: ${task}`);
  const value = await (await load())(input);
  const heap = getHeapStatistics();
  parentPort?.postMessage({
    ok: true,
    value,
    usage: { heapBytes: heap.total_heap_size, peakMallocedBytes: heap.peak_malloced_memory },
  });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
}
