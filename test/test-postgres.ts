// A PostgreSQL server for tests: the server of a *local* DATABASE_URL when one is set
// (only fresh, uniquely named databases and roles are created on it, never its own
// database), or else a throwaway embedded one on a free port with fsync off. Either way
// it offers an owner role and an app role (scripts/lib/database-roles.ts).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startEmbeddedPostgres, type Credentials } from "../scripts/lib/embedded-postgres.ts";
import { getFreePort } from "../scripts/lib/ports.ts";
import { assertLocalDatabaseUrl, withDatabase } from "../scripts/lib/database-url.ts";
import { createDatabase, dropDatabase } from "../scripts/lib/admin-database.ts";
import { dropRoles, ensureLoginRole } from "../scripts/lib/database-roles.ts";
import { migrateDatabase } from "../scripts/lib/prepare-database.ts";

export type TestPostgres = {
  /** URL of a database with this name on the test server, as a superuser. */
  urlFor(database: string): string;
  owner: Credentials;
  ownerUrlFor(database: string): string;
  app: Credentials;
  appUrlFor(database: string): string;
  stop(): Promise<void>;
};

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

function withCredentials(url: string, who: Credentials): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(who.user);
  parsed.password = encodeURIComponent(who.password);
  return parsed.toString();
}

/**
 * Login roles with unique names on a shared server (role names are cluster-wide, so fixed
 * names could collide with another run or a developer's own), dropped again by `drop`.
 */
export async function createUniqueRoles(adminUrl: string, prefix = "opvolging_test") {
  const owner = { user: uniqueDatabaseName(`${prefix}_owner`), password: randomBytes(18).toString("base64url") };
  const app = { user: uniqueDatabaseName(`${prefix}_app`), password: randomBytes(18).toString("base64url") };
  await ensureLoginRole(adminUrl, owner.user, owner.password);
  await ensureLoginRole(adminUrl, app.user, app.password);
  return { owner, app, drop: () => dropRoles(adminUrl, [app.user, owner.user]) };
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    assertLocalDatabaseUrl(configured, "De testset-up");
    const roles = await createUniqueRoles(withDatabase(configured, "postgres"));
    return {
      urlFor: (database) => withDatabase(configured, database),
      owner: roles.owner,
      ownerUrlFor: (database) => withCredentials(withDatabase(configured, database), roles.owner),
      app: roles.app,
      appUrlFor: (database) => withCredentials(withDatabase(configured, database), roles.app),
      stop: () => roles.drop().catch((error: Error) => console.warn(`Testrollen bleven achter: ${error.message}`)),
    };
  }

  const dir = await mkdtemp(path.join(tmpdir(), "opvolging-test-"));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, "postgres"),
    port: await getFreePort(),
    durable: false,
  });
  return {
    urlFor: server.urlFor,
    owner: server.owner,
    ownerUrlFor: server.ownerUrlFor,
    app: server.app,
    appUrlFor: server.appUrlFor,
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

/**
 * A fresh database as production has it: owned by the owner role, migrated as the owner,
 * the app role granted its rights. Returns the owner's and the app's URLs.
 */
export async function createTwoRoleDatabase(
  server: TestPostgres,
  prefix: string,
): Promise<{ name: string; ownerUrl: string; appUrl: string }> {
  const name = uniqueDatabaseName(prefix);
  await createDatabase(server.urlFor(name), { owner: server.owner.user });
  await migrateDatabase(server.ownerUrlFor(name), { appRole: server.app.user });
  return { name, ownerUrl: server.ownerUrlFor(name), appUrl: server.appUrlFor(name) };
}

export { dropDatabase };
