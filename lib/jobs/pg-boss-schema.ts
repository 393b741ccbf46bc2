// pg-boss keeps its jobs in the schema "pgboss". The app role may not create anything
// (docs/decisions/008-database-roles.md), so the database's OWNER installs or migrates
// that schema, and creates the queues (each is a table of its own), during the migrate
// step (scripts/lib/prepare-database.ts); the app starts pg-boss with migrate: false.
import PgBoss from "pg-boss";

export const PGBOSS_SCHEMA = "pgboss";
export const REMINDER_QUEUE = "herinneringen";
/** Long work started by a user (an import, printing a fixed letter): lib/jobs/long-work-queue.ts. */
export const LONG_WORK_QUEUE = "lange-taken";
/** pg-boss 10's internal queue of due schedules (timekeeper.js QUEUES.SEND_IT). */
export const PGBOSS_CRON_QUEUE = "__pgboss__send-it";
/** Every day at 07:00 Amsterdam time. */
export const REMINDER_CRON = "0 7 * * *";
export const REMINDER_TIME_ZONE = "Europe/Amsterdam";

/** As the owner: installs or migrates pg-boss's schema and creates the app's queues. Idempotent. */
export async function installPgBoss(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: PGBOSS_SCHEMA,
    migrate: true,
    supervise: false,
    schedule: false,
    max: 2,
  });
  boss.on("error", () => {});
  await boss.start();
  try {
    if (!(await boss.getQueue(REMINDER_QUEUE))) {
      // singleton: at most one reminder run active at a time, across all app instances.
      await boss.createQueue(REMINDER_QUEUE, {
        name: REMINDER_QUEUE,
        policy: "singleton",
        retryLimit: 2,
        retryDelay: 600,
        expireInSeconds: 30 * 60,
      });
    }
    if (!(await boss.getQueue(LONG_WORK_QUEUE))) {
      // No retries: an import is all-or-nothing and a failed one is started again by its
      // user, after reading why; a print that failed is made on the next download instead.
      await boss.createQueue(LONG_WORK_QUEUE, {
        name: LONG_WORK_QUEUE,
        policy: "standard",
        retryLimit: 0,
        expireInSeconds: 30 * 60,
      });
    }
    // pg-boss's own queue for due cron jobs. Its scheduler creates it at start and ignores
    // a failure; the app role may not create tables, so without this a schedule was never
    // sent at all (found by the two-server test, e2e/production.spec.ts).
    if (!(await boss.getQueue(PGBOSS_CRON_QUEUE))) await boss.createQueue(PGBOSS_CRON_QUEUE);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
