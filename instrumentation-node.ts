// Check the configuration when the server starts, so that a missing or malformed setting
// stops `next start` with a clear message instead of failing every request.
import { getEnv } from "@/lib/env";
import { installForwardedForNormaliser } from "@/lib/auth/forwarded-for";

try {
  // Before any request handler reads X-Forwarded-For (lib/auth/client-address.ts).
  installForwardedForNormaliser(getEnv().TRUST_PROXY);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// The daily reminder job (lib/jobs/reminder-job.ts), not in tests unless REMINDERS_JOB=true
// asks for it. (`next build` does not run this file: the getEnv() above would stop it.) A failure to start it is logged, and the
// app serves on: `npm run reminders` from a scheduler does the same work.
const env = getEnv();
if (env.NODE_ENV !== "test" || env.REMINDERS_JOB === true) {
  import("@/lib/jobs/reminder-job")
    .then(({ startReminderJob }) => startReminderJob(env))
    .catch((error: unknown) => console.error(`De dagelijkse herinneringen zijn niet gestart: ${error instanceof Error ? error.message : String(error)}`));
}
