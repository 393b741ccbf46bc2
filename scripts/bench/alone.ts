// The frame of a part of the bench run on its own (heavy-work-alone.ts, lighthouse-alone.ts,
// sign-in-methods.ts, page-bytes-alone.ts): a throwaway embedded PostgreSQL with the demo data; Ctrl-C aborts, the
// clean-ups run last to first whatever happened, and a failure ends in one Dutch sentence.
// `main` returns the exit code.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { createDatabase } from "../lib/admin-database.ts";
import { migrateDatabase, seedDatabaseAt } from "../lib/prepare-database.ts";
import { describeError } from "../lib/report-error.ts";
import { startProductionApp, type ProductionApp } from "../lib/production-app.ts";
import { DEMO_TODAY } from "../../prisma/seed-data.ts";
import { readBenchSettings } from "./settings.ts";
import { startPostgresWithStatements } from "./statements.ts";
import { largeLetterContent } from "./letters.ts";

const DATABASE = "opvolging_bench";

export type Cleanups = (() => Promise<void>)[];
export type AloneContext = { signal: AbortSignal; cleanups: Cleanups };

export function runAlone(main: (context: AloneContext) => Promise<number>): void {
  const abort = new AbortController();
  const cleanups: Cleanups = [];
  process.on("SIGINT", () => abort.abort());
  main({ signal: abort.signal, cleanups })
    .catch((error: unknown) => {
      console.error(`Fout: ${describeError(error)}`);
      return 1;
    })
    .then(async (code) => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
      process.exit(code);
    });
}

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

/**
 * The production build under `next start` on the app role's URL (built first unless
 * BENCH_SKIP_BUILD=1), with a fresh secret and the demo's day, stopped at the end.
 * `quiet` keeps the server's output off the terminal.
 */
export async function startBenchApp(
  appUrl: string,
  { signal, cleanups }: AloneContext,
  { quiet = false }: { quiet?: boolean } = {},
): Promise<ProductionApp> {
  const app = await startProductionApp({
    databaseUrl: appUrl,
    build: readBenchSettings().build,
    signal,
    env: { AUTH_SECRET: randomBytes(32).toString("base64url"), APP_TODAY: DEMO_TODAY },
    ...(quiet ? { onOutput: () => {} } : {}),
  });
  cleanups.push(() => app.stop());
  return app;
}

/** The large letter of letters.ts as a concept of `userId`'s for the first commitment, stored without generating it. */
export async function storeLargeLetter(client: pg.Client, letterId: string, userId: string): Promise<void> {
  await client.query(
    `INSERT INTO "LetterDraft" (id, "commitmentId", title, "createdById", "updatedAt")
     SELECT $1, id, 'Voortgangsbrief (meting)', $2, now() FROM "Commitment" ORDER BY id LIMIT 1`,
    [letterId, userId],
  );
  await client.query(
    `INSERT INTO "LetterDraftVersion" (id, "letterDraftId", "versionNumber", kind, content, "createdById")
     VALUES ($1, $2, 1, 'GENERATED', $3, $4)`,
    [`${letterId}-1`, letterId, JSON.stringify(largeLetterContent()), userId],
  );
}
