// How a job's handler tells its user how far it is. Written to the job's row on the app's
// pool, outside the handler's own transaction (which nobody else sees until it commits),
// once per whole percent, so that 5,000 rows cost at most a hundred small writes.
import "server-only";
import type { PrismaClient } from "@/lib/db-client";

export type JobProgress = {
  /** Sets the total (rows, pages) and what is done so far; written at once. */
  start(total: number, done?: number): Promise<void>;
  /** One more done (or `count`); written when it reaches the next whole percent. */
  advance(count?: number): Promise<void>;
  /** How many times the row was written (for the bench's figures). */
  readonly writes: number;
};

export function jobProgress(prisma: PrismaClient, jobId: string): JobProgress {
  let done = 0;
  let total = 0;
  let writtenPercent = -1;
  let writes = 0;
  const percent = () => (total === 0 ? 0 : Math.floor((done * 100) / total));
  const write = async () => {
    writtenPercent = percent();
    writes += 1;
    await prisma.$executeRaw`
      UPDATE "BackgroundJob" SET done = ${done}, total = ${total}, "heartbeatAt" = now(), "updatedAt" = now()
       WHERE id = ${jobId} AND state = 'RUNNING'`;
  };
  return {
    async start(newTotal, newDone = 0) {
      total = newTotal;
      done = newDone;
      await write();
    },
    async advance(count = 1) {
      done = Math.min(total, done + count);
      if (percent() !== writtenPercent) await write();
    },
    get writes() {
      return writes;
    },
  };
}
