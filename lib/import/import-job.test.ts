// Importeren as a job: the checked rows queued, one import at a time; the worker writes
// them in one transaction with the progress visible from outside it; the result counts;
// only the one who started it or a Coördinator may follow it; a worker killed mid-import
// or a server restarted mid-import leaves nothing half written and the job failed with a
// Dutch reason. The last test goes through the real pg-boss queue.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { importWorkbookBytes, testRow } from "@/test/fixtures/import-files";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import type { Tx } from "@/lib/db-transaction";
import { importSpreadsheet } from "@/lib/import/import-spreadsheet";
import { startImportJob } from "@/lib/import/start-import-job";
import { runImportJob, type ImportJobResult } from "@/lib/import/run-import-job";
import { runBackgroundJob } from "@/lib/jobs/run-background-job";
import { getBackgroundJob } from "@/lib/jobs/get-background-job";
import { runLongWork } from "@/lib/jobs/background-job-handlers";
import { startLongWorkQueue, stopLongWorkQueue } from "@/lib/jobs/long-work-queue";

const database = setUpSeededDatabase();
let coordinator: Actor;
let reader: Actor;
let contributor: Actor;

beforeAll(async () => {
  vi.stubEnv("APP_TODAY", "2023-04-03");
  coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
  reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
  contributor = await actorFor(database, "bijdrager@fin.demo.opvolging.nl");
});

afterAll(async () => {
  await stopLongWorkQueue(5_000);
});

/** A file of `count` new actions under recommendation `number`, checked as the form does. */
async function checkedFile(number: number, count: number) {
  const bytes = await importWorkbookBytes(Array.from({ length: count }, (_, index) => testRow(number, index + 1)));
  const check = await importSpreadsheet({
    actor: coordinator,
    input: { mode: "check", file: new File([bytes], "i.xlsx") },
  });
  expect(check.errorCount).toBe(0);
  return { file: new File([bytes], "i.xlsx"), checkedSha256: check.sha256 };
}

/** Queued, not sent anywhere: the test runs the worker's side itself. */
const queued: string[] = [];
const keep = async (jobId: string) => void queued.push(jobId);

const actionCount = () => database.prisma.actionItem.count();
const auditCount = () => database.prisma.auditEvent.count();

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`Geen weigering: ${String(error)}`);
  return error.message;
}

describe("the import job", () => {
  it(
    "shows its progress while it runs, then the result; a second import meanwhile is refused",
    { timeout: 180_000 },
    async () => {
      const { jobId } = await startImportJob({ actor: coordinator, input: await checkedFile(600, 150) }, keep);
      expect(queued).toContain(jobId);
      expect(await getBackgroundJob({ actor: coordinator, jobId })).toMatchObject({ state: "QUEUED", total: 150 });

      // While it is queued, a second Importeren is refused with the reason, and nothing is queued.
      const second = await checkedFile(601, 2);
      expect(await refusal(startImportJob({ actor: coordinator, input: second }, keep))).toMatch(
        /^Er loopt al een import \(gestart door .+\)\. Wacht tot die klaar is/,
      );
      expect(queued).toHaveLength(1);

      // The worker: progress read from outside the import's transaction, as the page reads it.
      const before = await actionCount();
      const seen: { state: string; done: number; total: number }[] = [];
      const run = await runBackgroundJob(jobId, {
        IMPORT: (job, progress) =>
          runImportJob(job, progress, {
            inTransaction: async () => {
              const { state, done, total } = await getBackgroundJob({ actor: coordinator, jobId });
              seen.push({ state, done, total });
            },
          }),
      });
      expect(run.state).toBe("SUCCEEDED");
      expect(seen.every((status) => status.state === "RUNNING" && status.total === 150)).toBe(true);
      const moved = [...new Set(seen.map((status) => status.done))];
      expect(moved.length).toBeGreaterThan(10);
      expect(moved).toEqual([...moved].sort((a, b) => a - b));
      expect(run.progressWrites).toBeLessThanOrEqual(101);

      const done = await getBackgroundJob({ actor: coordinator, jobId });
      expect(done).toMatchObject({ state: "SUCCEEDED", done: 150, total: 150, error: null });
      expect(done.result as ImportJobResult).toEqual({ rowCount: 150, created: 150, changed: 0, unchanged: 0 });
      expect((await actionCount()) - before).toBe(150);
      // The rows it was given are not kept once it ended.
      expect((await database.prisma.backgroundJob.findUniqueOrThrow({ where: { id: jobId } })).input).toBeNull();

      // Now the second may start.
      const { jobId: secondId } = await startImportJob({ actor: coordinator, input: second }, keep);
      expect((await runLongWork(secondId)).state).toBe("SUCCEEDED");
    },
  );

  it("is shown only to the one who started it and to a Coördinator", async () => {
    const job = await database.prisma.backgroundJob.create({
      data: { kind: "IMPORT", ownerId: contributor.id, state: "SUCCEEDED" },
    });
    expect((await getBackgroundJob({ actor: contributor, jobId: job.id })).state).toBe("SUCCEEDED");
    expect((await getBackgroundJob({ actor: coordinator, jobId: job.id })).state).toBe("SUCCEEDED");
    expect(await refusal(getBackgroundJob({ actor: reader, jobId: job.id }))).toBe(
      "U heeft geen toestemming voor deze handeling.",
    );
    expect(await refusal(getBackgroundJob({ actor: reader, jobId: "c00000000000000000000000" }))).toBe(
      "Deze taak bestaat niet (meer).",
    );
    expect(await refusal(startImportJob({ actor: reader, input: await checkedFile(602, 1) }, keep))).toBe(
      "U heeft geen toestemming voor deze handeling.",
    );
  });

  it(
    "leaves nothing half written when its worker's connection is killed mid-import",
    { timeout: 120_000 },
    async () => {
      const { jobId } = await startImportJob({ actor: coordinator, input: await checkedFile(603, 200) }, keep);
      const [actions, audit] = [await actionCount(), await auditCount()];
      let rows = 0;
      const run = await runBackgroundJob(jobId, {
        IMPORT: (job, progress) =>
          runImportJob(job, progress, {
            inTransaction: async (tx: Tx) => {
              if (++rows !== 120) return;
              // As when the worker's process dies: PostgreSQL ends its session, and with it the transaction.
              const [backend] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
              await database.prisma.$executeRaw`SELECT pg_terminate_backend(${backend!.pid}::int)`;
            },
          }),
      });
      expect(run.state).toBe("FAILED");
      const failed = await getBackgroundJob({ actor: coordinator, jobId });
      expect(failed.state).toBe("FAILED");
      expect(failed.error).toMatch(
        /^De taak is mislukt door een onverwachte fout\. Er is niets opgeslagen\. Foutcode: /,
      );
      expect(await actionCount()).toBe(actions);
      expect(await auditCount()).toBe(audit);
    },
  );

  it("ends a job whose server stopped mid-import as failed, so the next import may start", async () => {
    const { jobId } = await startImportJob({ actor: coordinator, input: await checkedFile(604, 3) }, keep);
    // The worker claimed it and then went away: its heartbeat is no longer renewed.
    await database.prisma.$executeRaw`
      UPDATE "BackgroundJob" SET state = 'RUNNING', done = 1, "heartbeatAt" = now() - interval '5 minutes' WHERE id = ${jobId}`;
    const status = await getBackgroundJob({ actor: coordinator, jobId });
    expect(status.state).toBe("FAILED");
    expect(status.error).toBe(
      "De taak is onderbroken doordat de server stopte of opnieuw startte. Er is niets half opgeslagen; start de taak opnieuw.",
    );
    // A message for it that still arrives does not run it.
    expect((await runLongWork(jobId)).state).toBe("SKIPPED");
    const { jobId: next } = await startImportJob({ actor: coordinator, input: await checkedFile(604, 3) }, keep);
    expect((await runLongWork(next)).state).toBe("SUCCEEDED");
  });

  it("runs through the pg-boss queue to the end", { timeout: 120_000 }, async () => {
    await startLongWorkQueue(database.url, async (jobId) => void (await runLongWork(jobId)), {
      pollingIntervalSeconds: 0.5,
    });
    const { jobId } = await startImportJob({ actor: coordinator, input: await checkedFile(605, 20) });
    let status = await getBackgroundJob({ actor: coordinator, jobId });
    for (let attempt = 0; attempt < 900 && (status.state === "QUEUED" || status.state === "RUNNING"); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await getBackgroundJob({ actor: coordinator, jobId });
    }
    expect(status).toMatchObject({ state: "SUCCEEDED", done: 20, total: 20 });
  });
});
