// `npm run dev`: the database (embedded unless DATABASE_URL is set), migrations and the
// seed as the database's owner, demo data on the embedded database or one carrying the
// demo marker, then `next dev` on http://localhost:3000 as the app role.
// Ctrl-C stops the app and then the database, cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { openDatabaseTarget, DATA_DIR, type DatabaseTarget } from "./lib/dev-database.ts";
import { migrateDatabase, seedDatabaseAt } from "./lib/prepare-database.ts";
import { localAuthSecret } from "./lib/auth-secret.ts";
import { redactDatabaseUrl } from "./lib/database-url.ts";
import { shouldSeedDemo } from "./lib/demo-marker.ts";
import { isPortFree } from "./lib/ports.ts";
import { reportAndExit, reportUncaught } from "./lib/report-error.ts";
import { DEMO_PASSWORD, DEMO_TODAY, demoUsers } from "../prisma/seed-data.ts";
import { nl } from "../lib/i18n/nl.ts";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
const APP_PORT = Number(process.env.PORT ?? 3000);

let database: DatabaseTarget | undefined;
let app: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log("\nOpvolging stopt…");
    if (app && app.exitCode === null && app.pid) {
      const exited = new Promise((resolve) => app!.once("exit", resolve));
      // next dev runs in its own process group (with its workers): stop the whole group.
      process.kill(-app.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    await database?.stop();
  }
  process.exit(code);
}

async function main() {
  const started = Date.now();
  if (!(await isPortFree(APP_PORT))) {
    throw new Error(
      `Poort ${APP_PORT} is al in gebruik; stop het programma dat hem gebruikt of kies een andere poort met PORT=…`,
    );
  }

  database = await openDatabaseTarget();
  console.log(
    database.embedded
      ? `Ingebouwde PostgreSQL draait (gegevens in ${DATA_DIR}).`
      : `Database: ${redactDatabaseUrl(database.appUrl)}`,
  );

  const applied = await migrateDatabase(database.migrationUrl, { appRole: database.appRole });
  if (applied.length) console.log(`Migraties toegepast: ${applied.join(", ")}`);
  const demo = await shouldSeedDemo(database.migrationUrl, { embedded: database.embedded, requested: false });
  const seed = await seedDatabaseAt(database.migrationUrl, { demo });
  if (seed.created) console.log("Demogegevens geladen.");

  const env = {
    ...process.env,
    // The app runs as the app role; only this script's own steps ran as the owner.
    DATABASE_URL: database.appUrl,
    MIGRATION_DATABASE_URL: undefined,
    AUTH_SECRET: localAuthSecret(DATA_DIR),
    APP_TODAY: process.env.APP_TODAY ?? DEMO_TODAY,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  console.log(
    `\nOpvolging start op http://localhost:${APP_PORT} (voorbereiding ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (demo) {
    console.log(`\nDemo-accounts (wachtwoord voor allemaal: ${DEMO_PASSWORD}):`);
    for (const user of demoUsers)
      console.log(`  ${nl.roles[user.role].padEnd(12)} ${user.organisation.padEnd(5)} ${user.email}`);
  } else {
    console.log(
      "\nGeen demogegevens: deze database draagt geen demomarkering (npm run db:seed -- --demo maakt ze in een lege lokale database).",
    );
  }
  console.log(
    process.env.SMTP_HOST
      ? `\nE-mail via ${process.env.SMTP_HOST}.`
      : `\nE-mail (herinneringen, npm run reminders) wordt als .eml-bestand geschreven naar ${DATA_DIR}/mail/.`,
  );
  console.log("\nStoppen: Ctrl-C\n");

  // Its own process group, so that the database stops only after the app has.
  app = spawn(process.execPath, [NEXT_BIN, "dev", "--hostname", "127.0.0.1", "--port", String(APP_PORT)], {
    stdio: "inherit",
    env,
    detached: true,
  });
  app.once("exit", (code) => void shutdown(code ?? 0));
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
reportUncaught(() => shutdown(1));
main().catch((error) => reportAndExit(error, () => shutdown(1)));
