// The queue of long work on pg-boss (queue "lange-taken"): an import, printing a fixed
// letter. Every app instance works it, one job at a time (an import holds a transaction and
// most of a core; printing holds a Chromium). The job's own row (BackgroundJob) carries
// what the user sees; the queue only says "run job <id>", so a message delivered twice or
// to two instances runs the job once (runBackgroundJob claims it first).
import PgBoss from "pg-boss";
import { logger } from "@/lib/log/logger";
import { LONG_WORK_QUEUE, PGBOSS_SCHEMA } from "./pg-boss-schema";

type LongWorkMessage = { jobId: string };

const globalForQueue = globalThis as unknown as { opvolgingLongWork?: PgBoss };

export type LongWorkRunner = (jobId: string) => Promise<void>;

/** Starts sending and working the queue in this process (migrate: false: the owner installed it). */
export async function startLongWorkQueue(
  connectionString: string,
  run: LongWorkRunner,
  { pollingIntervalSeconds = 1 }: { pollingIntervalSeconds?: number } = {},
): Promise<PgBoss> {
  if (globalForQueue.opvolgingLongWork) return globalForQueue.opvolgingLongWork;
  const boss = new PgBoss({
    connectionString,
    schema: PGBOSS_SCHEMA,
    migrate: false,
    schedule: false,
    max: 2,
  });
  boss.on("error", (error) => logger().error(`Takenwachtrij (pg-boss): ${error.message}`));
  await boss.start();
  globalForQueue.opvolgingLongWork = boss;
  await boss.work<LongWorkMessage>(LONG_WORK_QUEUE, { batchSize: 1, pollingIntervalSeconds }, async (jobs) => {
    for (const job of jobs) await run(job.data.jobId);
  });
  return boss;
}

/** Puts "run job <id>" in the queue; some instance's worker picks it up within a second or two. */
export async function sendLongWork(jobId: string): Promise<void> {
  const boss = globalForQueue.opvolgingLongWork;
  if (!boss) throw new Error("De takenwachtrij is in dit proces niet gestart.");
  await boss.send(LONG_WORK_QUEUE, { jobId } satisfies LongWorkMessage);
}

/** On shutdown: no new jobs; the running one may finish (up to `timeoutMs`). */
export async function stopLongWorkQueue(timeoutMs = 20_000): Promise<void> {
  const boss = globalForQueue.opvolgingLongWork;
  if (!boss) return;
  globalForQueue.opvolgingLongWork = undefined;
  await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
