// The daily reminder job while the app runs: pg-boss on the app's own PostgreSQL. Every
// instance schedules "herinneringen" (REMINDERS_CRON, default 07:00 Europe/Amsterdam) and
// works the queue. Once across instances, in three layers (docs/decisions/013 and 017):
// pg-boss's cron check takes a lock in the database, so one instance per interval sends
// the due job, and it sends it with singletonKey = queue name for 60 s, so a second
// sender in the same minute adds nothing; the queue is a singleton queue (one run at a
// time); and the worker's claims in ReminderDelivery keep a retried run from sending twice.
import PgBoss from "pg-boss";
import { createPrismaClient } from "@/lib/db-client";
import { appBaseUrl, getEnv, type Env } from "@/lib/env";
import { now, today } from "@/lib/clock";
import { sendNotificationMails } from "@/lib/notifications/send-notification-mails";
import { logger } from "@/lib/log/logger";
import { createMailTransport, NO_SMTP_IN_PRODUCTION } from "@/lib/mail/transport";
import { runReminders } from "@/lib/reminders/run-reminders";
import { describeRun } from "@/lib/reminders/describe-run";
import { PGBOSS_SCHEMA, REMINDER_QUEUE, REMINDER_TIME_ZONE } from "./pg-boss-schema";

/** On unless REMINDERS_JOB says otherwise: in development, and wherever a mail server is set. */
export function reminderJobWanted(env: Pick<Env, "NODE_ENV" | "REMINDERS_JOB" | "SMTP_HOST">): boolean {
  if (env.REMINDERS_JOB !== undefined) return env.REMINDERS_JOB;
  return env.NODE_ENV === "development" || Boolean(env.SMTP_HOST);
}

/** For the readiness check: "off" is fine (the job is not wanted here), the rest says how the queue is. */
export type ReminderJobState = "off" | "starting" | "running" | "failed" | "stopped";

const globalForJobs = globalThis as unknown as {
  opvolgingBoss?: PgBoss;
  opvolgingJobState?: ReminderJobState;
  opvolgingJobPrisma?: { $disconnect(): Promise<void> };
  opvolgingImmediateMails?: NodeJS.Timeout;
};

/** How often the running app sends the notifications of those who want each at once. */
export const IMMEDIATE_MAIL_INTERVAL_MS = 60_000;

export function reminderJobState(): ReminderJobState {
  return globalForJobs.opvolgingJobState ?? "off";
}

/** Starts pg-boss (migrate: false: the owner installed it) and the daily reminder schedule; null when off. */
export async function startReminderJob(env: Env = getEnv()): Promise<PgBoss | null> {
  if (globalForJobs.opvolgingBoss) return globalForJobs.opvolgingBoss;
  if (!reminderJobWanted(env)) return null;
  const transport = createMailTransport(env);
  if (!transport) {
    logger().warn(NO_SMTP_IN_PRODUCTION);
    return null;
  }
  globalForJobs.opvolgingJobState = "starting";
  try {
    // cronMonitorIntervalSeconds 10 (default 30): each instance looks for due schedules every
    // 10 s (one UPDATE that only one instance per interval wins), so a due run is sent
    // within seconds of its time and never missed (a schedule counts as due for 60 s).
    const boss = new PgBoss({
      connectionString: env.DATABASE_URL,
      schema: PGBOSS_SCHEMA,
      migrate: false,
      max: 2,
      cronMonitorIntervalSeconds: 10,
    });
    boss.on("error", (error) => logger().error(`Takenwachtrij (pg-boss): ${error.message}`));
    await boss.start();
    globalForJobs.opvolgingBoss = boss;
    const prisma = createPrismaClient(env.DATABASE_URL, { max: 2 });
    globalForJobs.opvolgingJobPrisma = prisma;
    await boss.schedule(REMINDER_QUEUE, env.REMINDERS_CRON, {}, { tz: REMINDER_TIME_ZONE });
    await boss.work(REMINDER_QUEUE, async () => {
      const result = await runReminders({ prisma, transport, today: today(), baseUrl: appBaseUrl(env), now: now() });
      for (const line of describeRun(result)) logger().info({ job: REMINDER_QUEUE }, line);
      // A failed mail is retried by the job's own retries (its claims were undone).
      if (result.failed.length > 0) throw new Error(`${result.failed.length} herinnering(en) niet verstuurd`);
    });
    // Notifications by e-mail "direct": every instance tries each minute; the claim in the
    // UPDATE (lib/notifications/send-notification-mails.ts) makes each go out once.
    const immediate = setInterval(() => {
      sendNotificationMails({ prisma, transport, baseUrl: appBaseUrl(env), preferences: ["IMMEDIATE"], now: now() })
        .then((result) => {
          for (const mail of result.sent) logger().info({ job: "meldingen" }, mail.subject);
          for (const mail of result.failed) logger().warn({ job: "meldingen" }, mail.error);
        })
        .catch((error: unknown) =>
          logger().error({ job: "meldingen" }, error instanceof Error ? error.message : String(error)),
        );
    }, IMMEDIATE_MAIL_INTERVAL_MS);
    immediate.unref();
    globalForJobs.opvolgingImmediateMails = immediate;
    globalForJobs.opvolgingJobState = "running";
    logger().info(
      `Dagelijkse herinneringen volgens "${env.REMINDERS_CRON}" (${REMINDER_TIME_ZONE}); e-mail via ${transport.describe}.`,
    );
    return boss;
  } catch (error) {
    globalForJobs.opvolgingJobState = "failed";
    throw error;
  }
}

/** On shutdown: no new jobs, the running one may finish (up to `timeoutMs`), then pg-boss's pool closes. */
export async function stopReminderJob(timeoutMs = 20_000): Promise<void> {
  const boss = globalForJobs.opvolgingBoss;
  if (!boss) return;
  globalForJobs.opvolgingBoss = undefined;
  globalForJobs.opvolgingJobState = "stopped";
  clearInterval(globalForJobs.opvolgingImmediateMails);
  globalForJobs.opvolgingImmediateMails = undefined;
  await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
  await globalForJobs.opvolgingJobPrisma?.$disconnect();
  globalForJobs.opvolgingJobPrisma = undefined;
}
