// The daily reminder job while the app runs: pg-boss on the app's own PostgreSQL. Every
// instance schedules "herinneringen" at 07:00 Europe/Amsterdam (pg-boss sends a cron job
// once, whatever the number of instances) and works the queue, which is a singleton
// queue: one run at a time. The worker calls the same runReminders as `npm run reminders`;
// its claims in ReminderDelivery keep a retried or doubled run from sending twice.
import PgBoss from "pg-boss";
import { createPrismaClient } from "@/lib/db-client";
import { appBaseUrl, getEnv, type Env } from "@/lib/env";
import { today } from "@/lib/clock";
import { createMailTransport, NO_SMTP_IN_PRODUCTION } from "@/lib/mail/transport";
import { runReminders } from "@/lib/reminders/run-reminders";
import { describeRun } from "@/lib/reminders/describe-run";
import { PGBOSS_SCHEMA, REMINDER_CRON, REMINDER_QUEUE, REMINDER_TIME_ZONE } from "./pg-boss-schema";

/** On unless REMINDERS_JOB says otherwise: in development, and wherever a mail server is set. */
export function reminderJobWanted(env: Pick<Env, "NODE_ENV" | "REMINDERS_JOB" | "SMTP_HOST">): boolean {
  if (env.REMINDERS_JOB !== undefined) return env.REMINDERS_JOB;
  return env.NODE_ENV === "development" || Boolean(env.SMTP_HOST);
}

const globalForJobs = globalThis as unknown as { opvolgingBoss?: PgBoss };

/** Starts pg-boss (migrate: false: the owner installed it) and the daily reminder schedule; null when off. */
export async function startReminderJob(env: Env = getEnv()): Promise<PgBoss | null> {
  if (globalForJobs.opvolgingBoss) return globalForJobs.opvolgingBoss;
  if (!reminderJobWanted(env)) return null;
  const transport = createMailTransport(env);
  if (!transport) {
    console.warn(NO_SMTP_IN_PRODUCTION);
    return null;
  }
  const boss = new PgBoss({ connectionString: env.DATABASE_URL, schema: PGBOSS_SCHEMA, migrate: false, max: 2 });
  boss.on("error", (error) => console.error(`Takenwachtrij (pg-boss): ${error.message}`));
  await boss.start();
  globalForJobs.opvolgingBoss = boss;
  const prisma = createPrismaClient(env.DATABASE_URL);
  await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, {}, { tz: REMINDER_TIME_ZONE });
  await boss.work(REMINDER_QUEUE, async () => {
    const result = await runReminders({ prisma, transport, today: today(), baseUrl: appBaseUrl(env) });
    for (const line of describeRun(result)) console.log(line);
    // A failed mail is retried by the job's own retries (its claims were undone).
    if (result.failed.length > 0) throw new Error(`${result.failed.length} herinnering(en) niet verstuurd`);
  });
  console.log(`Dagelijkse herinneringen om 07:00 (${REMINDER_TIME_ZONE}); e-mail via ${transport.describe}.`);
  return boss;
}
