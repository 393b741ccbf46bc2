// `npm run reminders`: the reminder job once, against DATABASE_URL, for a scheduler (cron,
// a Kubernetes CronJob, the platform's job runner). Prints what it sent; exits 0 when every
// mail went out (or there was nothing to send), 1 when the configuration is wrong or a mail
// failed (its claims are undone, so the next run retries it).
// The same runReminders as the daily job in the running app (lib/jobs/reminder-job.ts).
import { createPrismaClient } from "../lib/db-client.ts";
import { appBaseUrl, readMailSettings } from "../lib/env.ts";
import { now, today } from "../lib/clock.ts";
import { createMailTransport, NO_SMTP_IN_PRODUCTION } from "../lib/mail/transport.ts";
import { runReminders } from "../lib/reminders/run-reminders.ts";
import { describeRun } from "../lib/reminders/describe-run.ts";
import { reportAndExit } from "./lib/report-error.ts";

async function main() {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl)
    throw new Error(
      "DATABASE_URL ontbreekt: geef de PostgreSQL-URL van de app op, bijvoorbeeld postgresql://app:…@db:5432/opvolging.",
    );
  const settings = readMailSettings({ ...process.env, DATABASE_URL: databaseUrl });
  const transport = createMailTransport(settings);
  if (!transport) throw new Error(NO_SMTP_IN_PRODUCTION);
  const prisma = createPrismaClient(databaseUrl);
  try {
    const result = await runReminders({ prisma, transport, today: today(), baseUrl: appBaseUrl(settings), now: now() });
    for (const line of describeRun(result)) console.log(line);
    process.exitCode = result.failed.length > 0 ? 1 : 0;
  } finally {
    transport.close();
    await prisma.$disconnect();
  }
}

main().catch((error) => reportAndExit(error));
