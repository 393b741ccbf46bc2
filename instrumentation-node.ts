// Runs once when a server starts, before it takes requests (server/main.mjs awaits it
// before opening the port). A missing or malformed setting, or a database it cannot reach,
// stops the server with one sentence saying which, instead of failing every request.
import { getEnv, readChromiumSettings, type Env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { databaseProblem } from "@/lib/health/database-check";
import { onShutdown } from "@/lib/server/shutdown-hooks";
import { closeDb } from "@/lib/db";

function refuse(sentence: string): never {
  logger().fatal(sentence);
  process.exit(1);
}

export async function startServer(): Promise<void> {
  let env: Env;
  try {
    env = getEnv();
    readChromiumSettings();
  } catch (error) {
    // "Ongeldige configuratie:\n  AUTH_SECRET: ontbreekt; …" as one line.
    const message = error instanceof Error ? error.message : String(error);
    refuse(message.replace(/:\n\s+/, ": ").replace(/\n\s+/g, "; "));
  }

  const problem = await databaseProblem(env.DATABASE_URL);
  if (problem) refuse(problem);

  // Finding the PDF printer's Chromium may mean unpacking the npm package's (seconds, once):
  // do it now, in the background, rather than on the first visit to a letter.
  void import("@/lib/letters/print-pdf")
    .then(({ pdfPrinterAvailable }) => pdfPrinterAvailable())
    .catch((error: unknown) =>
      logger().error(`De PDF-printer is niet voorbereid: ${error instanceof Error ? error.message : String(error)}`),
    );

  // Closed by server/main.mjs after the last request, last registered first: the job
  // queue (which may still finish a run), then the app's pool.
  onShutdown("databasepool", closeDb);

  // The queue of long work (imports, printing fixed letters): every instance works it, in
  // tests too (the import's page follows its job). Without it Importeren cannot start.
  {
    const { startLongWorkQueue, stopLongWorkQueue } = await import("@/lib/jobs/long-work-queue");
    const { runLongWork } = await import("@/lib/jobs/background-job-handlers");
    onShutdown("lange taken", () => stopLongWorkQueue());
    await startLongWorkQueue(env.DATABASE_URL, async (jobId) => {
      await runLongWork(jobId);
    }).catch((error: unknown) =>
      logger().error(
        `De wachtrij voor lange taken is niet gestart: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }

  // The daily reminder job (lib/jobs/reminder-job.ts), not in tests unless REMINDERS_JOB=true
  // asks for it. (`next build` does not run this file.) A failure to start it is logged and
  // the readiness check reports it; `npm run reminders` from a scheduler does the same work.
  if (env.NODE_ENV !== "test" || env.REMINDERS_JOB === true) {
    const { startReminderJob, stopReminderJob } = await import("@/lib/jobs/reminder-job");
    onShutdown("takenwachtrij", () => stopReminderJob());
    await startReminderJob(env).catch((error: unknown) =>
      logger().error(
        `De dagelijkse herinneringen zijn niet gestart: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
}
