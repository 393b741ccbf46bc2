// pg-boss keeps its jobs in the schema "pgboss". The app role may not create anything
// (docs/decisions/008-database-roles.md), so the database's OWNER installs or migrates
// that schema, and creates the queues (each is a table of its own), during the migrate
// step (scripts/lib/prepare-database.ts); the app starts pg-boss with migrate: false.
import PgBoss from "pg-boss";

export const PGBOSS_SCHEMA = "pgboss";
export const REMINDER_QUEUE = "herinneringen";
/** Every day at 07:00 Amsterdam time. */
export const REMINDER_CRON = "0 7 * * *";
export const REMINDER_TIME_ZONE = "Europe/Amsterdam";

/** As the owner: installs or migrates pg-boss's schema and creates the reminder queue. Idempotent. */
export async function installPgBoss(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: PGBOSS_SCHEMA, migrate: true, supervise: false, schedule: false, max: 2 });
  boss.on("error", () => {});
  await boss.start();
  try {
    if (!(await boss.getQueue(REMINDER_QUEUE))) {
      // singleton: at most one reminder run active at a time, across all app instances.
      await boss.createQueue(REMINDER_QUEUE, { name: REMINDER_QUEUE, policy: "singleton", retryLimit: 2, retryDelay: 600, expireInSeconds: 30 * 60 });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
