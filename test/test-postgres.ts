// A PostgreSQL server for tests: the server of a *local* DATABASE_URL when one is set
// (only fresh, uniquely named databases are created on it, never its own database), or
// else a throwaway embedded one on a free port with fsync off.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres.ts";
import { getFreePort } from "../scripts/lib/ports.ts";
import { assertLocalDatabaseUrl, withDatabase } from "../scripts/lib/database-url.ts";
import { createDatabase, dropDatabase } from "../scripts/lib/admin-database.ts";
import { migrateDatabase } from "../scripts/lib/prepare-database.ts";

export type TestPostgres = {
  /** URL of a database with this name on the test server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
};

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    assertLocalDatabaseUrl(configured, "De testset-up");
    return { urlFor: (database) => withDatabase(configured, database), stop: async () => {} };
  }

  const dir = await mkdtemp(path.join(tmpdir(), "opvolging-test-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port: await getFreePort(), durable: false });
  return {
    urlFor: server.urlFor,
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a database with every migration applied, to copy test databases from. */
export async function createMigratedTemplate(server: TestPostgres): Promise<string> {
  const name = uniqueDatabaseName("opvolging_template");
  const url = server.urlFor(name);
  await createDatabase(url);
  await migrateDatabase(url);
  return name;
}

export async function createDatabaseFromTemplate(server: TestPostgres, template: string, prefix = "opvolging_test"): Promise<string> {
  const url = server.urlFor(uniqueDatabaseName(prefix));
  await createDatabase(url, { template });
  return url;
}

export { dropDatabase };
