// `npm run data:large`: a throwaway database with the large generated data set, to look at
// the app (or run a query plan) on 10,000 actions. Starts its own embedded PostgreSQL in a
// temporary folder on a free port, migrates it and seeds the demo as the owner role, adds
// the generated data (scripts/lib/large-data.ts), prints the counts, the time taken and
// the URLs, and keeps running until Ctrl-C, which stops the database and removes the
// folder. It never touches the `npm run dev` database in .data/ and ignores DATABASE_URL:
// the only database it fills is the one it started.
import { mkdtemp, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres.ts";
import { getFreePort } from "./lib/ports.ts";
import { createDatabase } from "./lib/admin-database.ts";
import { migrateDatabase, seedDatabaseAt } from "./lib/prepare-database.ts";
import { addLargeData, LARGE_DATA_SIZES } from "./lib/large-data.ts";
import { describeError, reportUncaught } from "./lib/report-error.ts";
import { DEMO_TODAY } from "../prisma/seed-data.ts";

const DATABASE = "opvolging_groot";

let tempDir: string | undefined;
let server: RunningPostgres | undefined;
let stopping: Promise<never> | undefined;

function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    try {
      await server?.stop();
    } catch (error) {
      console.error(`PostgreSQL stoppen mislukte: ${describeError(error)}`);
    }
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
    process.exit(code);
  })();
  return stopping;
}

// The folder goes however the process ends (embedded-postgres's own exit hook may stop the
// database first on Ctrl-C).
process.on("exit", () => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});
process.on("SIGINT", () => {
  if (!stopping) console.log("\nDe wegwerpdatabase stopt en wordt verwijderd…");
  void shutdown(0);
});
process.on("SIGTERM", () => void shutdown(0));

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const number = (value: number) => value.toLocaleString("nl-NL");

async function main(): Promise<void> {
  const started = performance.now();
  tempDir = await mkdtemp(path.join(tmpdir(), "opvolging-groot-"));
  server = await startEmbeddedPostgres({
    dataDir: path.join(tempDir, "postgres"),
    port: await getFreePort(),
    durable: false,
  });
  await createDatabase(server.urlFor(DATABASE), { owner: server.owner.user });
  await migrateDatabase(server.ownerUrlFor(DATABASE), { appRole: server.app.user });
  await seedDatabaseAt(server.ownerUrlFor(DATABASE), { demo: true });
  console.log(`Wegwerp-PostgreSQL gestart, gemigreerd en met de demo gevuld (${seconds(started)}).`);

  const generated = performance.now();
  const { counts, auditTimesSpread, sample } = await addLargeData(server.ownerUrlFor(DATABASE), LARGE_DATA_SIZES, {
    onStep: (step, taken) => console.log(`  ${step.padEnd(36)} ${taken.toFixed(1).padStart(5)} s`),
  });
  console.log(`Gegenereerd in ${seconds(generated)}:`);
  const lines: [string, number][] = [
    ["gebruikers", counts.users],
    ["evaluaties", counts.evaluations],
    ["aanbevelingen", counts.recommendations],
    ["acties", counts.actionItems],
    ["voortgangsupdates", counts.progressUpdates],
    ["logboekregels (wijzigingen)", counts.auditEvents],
    ["logboekregels (inloggen)", counts.signInEvents],
    ["bewijsstukken", counts.evidence],
    ["deadlinewijzigingen", counts.deadlineChanges],
    ["  waarvan open verzoeken", counts.pendingDeadlineChanges],
  ];
  for (const [label, value] of lines) console.log(`  ${label.padEnd(30)} ${number(value).padStart(9)}`);
  if (!auditTimesSpread)
    console.log(
      "  (de logboekregels dragen allemaal het tijdstip van nu: de eigenaarsrol mocht de tijdstempel-trigger niet uitzetten)",
    );
  console.log(`Totaal ${seconds(started)}.`);

  console.log(`
De database draait tot Ctrl-C; daarna is hij weg. De app erop, als app-rol en eigenaar:

  DATABASE_URL='${server.appUrlFor(DATABASE)}' \\
  MIGRATION_DATABASE_URL='${server.ownerUrlFor(DATABASE)}' \\
  APP_TODAY=${DEMO_TODAY} npm run dev

Als superuser (psql, pg_dump en dergelijke, als ze geïnstalleerd zijn): ${server.urlFor(DATABASE)}
Een gegenereerde actie: /acties/${sample.actionItemId}; aanbeveling: /aanbevelingen/${sample.recommendationId}`);

  await new Promise(() => {}); // until a signal ends the process
}

reportUncaught(() => shutdown(1));
main().catch((error) => {
  console.error(`Fout: ${describeError(error)}`);
  return shutdown(1);
});
