// A job whose worker went away (the server was stopped or crashed mid-run) stays RUNNING
// in the table while its transaction rolled back with the process. Whoever looks at jobs
// first ends such a job as failed, with the Dutch reason, so that nobody waits for it and
// the next import is not refused because of it. Heartbeats are the database's own time
// (now()), so app servers with different clocks agree on what is silent.
import "server-only";
import type { PrismaClient } from "@/lib/db-client";
import type { Tx } from "@/lib/db-transaction";
import { nl } from "@/lib/i18n/nl";
import { QUEUED_STALE_AFTER_MS, STALE_AFTER_MS, type BackgroundJobKind } from "@/lib/jobs/background-job-kinds";

export async function markLostJobsFailed(
  client: PrismaClient | Tx,
  where: { kind: BackgroundJobKind } | { id: string },
): Promise<number> {
  const kind = "kind" in where ? where.kind : null;
  const id = "id" in where ? where.id : null;
  return client.$executeRaw`
    UPDATE "BackgroundJob"
       SET state = 'FAILED', error = ${nl.jobs.interrupted}, input = NULL, "finishedAt" = now(), "updatedAt" = now()
     WHERE (${kind}::text IS NULL OR kind = ${kind}::text)
       AND (${id}::text IS NULL OR id = ${id}::text)
       AND ((state = 'RUNNING' AND "heartbeatAt" < now() - make_interval(secs => ${STALE_AFTER_MS / 1000}))
         OR (state = 'QUEUED' AND "heartbeatAt" < now() - make_interval(secs => ${QUEUED_STALE_AFTER_MS / 1000})))`;
}
