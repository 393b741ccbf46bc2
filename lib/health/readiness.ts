// Whether this instance should get traffic: the database answers, its migrations are the
// ones this build ships (none missing), and the job queue runs where it is wanted. The
// answer holds codes only: no host names, versions, secrets or personal data.
import { readdir } from "node:fs/promises";
import path from "node:path";

export type CheckResult =
  "ok" | "unreachable" | "behind" | "unknown" | "off" | "starting" | "failed" | "stopped" | "stopping";

export type Readiness = {
  status: "ok" | "unavailable";
  checks: { database: CheckResult; migrations: CheckResult; jobs: CheckResult };
  /** How many of the build's migrations the database lacks (only when behind). */
  missingMigrations?: number;
};

export type ReadinessSources = {
  /** The names of the applied migrations (finished, not rolled back). */
  appliedMigrations: () => Promise<string[]>;
  /** The migration folders shipped with the build. */
  shippedMigrations: () => Promise<string[]>;
  jobState: () => "off" | "starting" | "running" | "failed" | "stopped";
  draining: () => boolean;
  timeoutMs?: number;
};

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/** The folders under prisma/migrations (as in the build; a new one holds migration.sql). */
export async function migrationFolders(dir = MIGRATIONS_DIR): Promise<string[]> {
  // Not traced into the standalone build (that would pull in the whole project): `npm run
  // build` copies prisma/migrations there itself (scripts/lib/production-app.ts).
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`geen antwoord binnen ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

export async function checkReadiness(sources: ReadinessSources): Promise<Readiness> {
  const jobState = sources.jobState();
  const jobs: CheckResult = jobState === "running" ? "ok" : jobState;
  let database: CheckResult = "ok";
  let migrations: CheckResult = "unknown";
  let missingMigrations: number | undefined;
  try {
    const [applied, shipped] = await Promise.all([
      withTimeout(sources.appliedMigrations(), sources.timeoutMs ?? 3_000),
      sources.shippedMigrations(),
    ]);
    const done = new Set(applied);
    // A database ahead of the build (a newer release migrated it during a rolling
    // deploy) is fine: migrations add before they remove (docs/production.md).
    const missing = shipped.filter((name) => !done.has(name)).length;
    migrations = missing === 0 ? "ok" : "behind";
    if (missing > 0) missingMigrations = missing;
  } catch {
    database = "unreachable";
  }
  const draining = sources.draining();
  const ready = !draining && database === "ok" && migrations === "ok" && (jobs === "ok" || jobs === "off");
  return {
    status: ready ? "ok" : "unavailable",
    checks: { database, migrations, jobs: draining ? "stopping" : jobs },
    ...(missingMigrations ? { missingMigrations } : {}),
  };
}
