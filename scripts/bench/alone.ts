// What the parts of the benchmark that run on their own share (heavy-work-alone.ts,
// sign-in-methods.ts): a throwaway embedded PostgreSQL with the demo data, and running the
// part with every clean-up done afterwards, whatever happened.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase } from "../lib/admin-database.ts";
import { migrateDatabase, seedDatabaseAt } from "../lib/prepare-database.ts";
import { describeError } from "../lib/report-error.ts";
import { startPostgresWithStatements } from "./statements.ts";

const DATABASE = "opvolging_bench";

export type Cleanups = (() => Promise<void>)[];

/** A fresh database with the demo data: the owner's URL (set-up) and the app role's (the server). */
export async function startBenchDatabase(
  prefix: string,
  cleanups: Cleanups,
): Promise<{ ownerUrl: string; appUrl: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const postgres = await startPostgresWithStatements(path.join(dir, "postgres"), (stop) => cleanups.push(stop));
  const ownerUrl = postgres.ownerUrlFor(DATABASE);
  await createDatabase(postgres.urlFor(DATABASE), { owner: postgres.owner.user });
  await migrateDatabase(ownerUrl, { appRole: postgres.app.user });
  await seedDatabaseAt(ownerUrl, { demo: true });
  return { ownerUrl, appUrl: postgres.appUrlFor(DATABASE) };
}

/** Runs the part, then the clean-ups in reverse order, and exits with its code (1 on an error). */
export function runBenchPart(main: () => Promise<number>, cleanups: Cleanups): void {
  main()
    .catch((error: unknown) => {
      console.error(`Fout: ${describeError(error)}`);
      return 1;
    })
    .then(async (code) => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
      process.exit(code);
    });
}
