// The database the scripts work on, and as whom: MIGRATION_DATABASE_URL (the owner) for
// migrations and the seed, DATABASE_URL for the app; with only one of them set, both are
// that one. With neither, the embedded PostgreSQL in .data/ (started for as long as the
// script runs), with its own owner and app roles.
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { randomBytes } from "node:crypto";
import { assertDatabaseReachable, createDatabase, dropDatabase, withDatabaseClient } from "./admin-database.ts";
import { transferOwnership } from "./database-roles.ts";
import { databaseUser, withDatabase } from "./database-url.ts";

export const DATA_DIR = path.resolve(".data");
export const EMBEDDED_DATABASE = "opvolging";
const DEFAULT_EMBEDDED_PORT = 54329;

export type DatabaseTarget = {
  /** The owner: migrations, the seed, db:reset. */
  migrationUrl: string;
  /** What the app connects as. */
  appUrl: string;
  /** The app's role when it differs from the owner: it gets its grants after each migration. */
  appRole?: string;
  embedded: boolean;
  /** The embedded cluster's superuser, for cluster administration (temporary shadow databases). */
  adminUrl?: string;
  stop(): Promise<void>;
};

/** Reads the two URLs; exported for the tests. */
export function configuredTarget(
  env: Record<string, string | undefined>,
): Omit<DatabaseTarget, "embedded" | "stop"> | undefined {
  const migrationUrl = env.MIGRATION_DATABASE_URL?.trim() || env.DATABASE_URL?.trim();
  if (!migrationUrl) return undefined;
  const appUrl = env.DATABASE_URL?.trim() || migrationUrl;
  const appRole = databaseUser(appUrl) !== databaseUser(migrationUrl) ? databaseUser(appUrl) : undefined;
  return { migrationUrl, appUrl, appRole };
}

export async function openDatabaseTarget(): Promise<DatabaseTarget> {
  const configured = configuredTarget(process.env);
  if (configured) {
    await assertDatabaseReachable(configured.migrationUrl);
    return { ...configured, embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_PORT);
  const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port, durable: true });
  try {
    await ensureOwnedDatabase(server.urlFor(EMBEDDED_DATABASE), server.owner.user);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    migrationUrl: server.ownerUrlFor(EMBEDDED_DATABASE),
    appUrl: server.appUrlFor(EMBEDDED_DATABASE),
    appRole: server.app.user,
    embedded: true,
    adminUrl: server.urlFor(EMBEDDED_DATABASE),
    stop: () => server.stop(),
  };
}

/**
 * Creates the embedded database owned by the owner role; one made before there were two
 * roles (owned by the superuser) is handed over, objects and all.
 */
async function ensureOwnedDatabase(adminUrl: string, owner: string): Promise<void> {
  const current = await withDatabaseClient(withDatabase(adminUrl, "postgres"), async (client) => {
    const { rows } = await client.query<{ owner: string }>(
      "SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1",
      [EMBEDDED_DATABASE],
    );
    return rows[0]?.owner;
  });
  if (current === undefined) await createDatabase(adminUrl, { owner });
  else if (current !== owner) await transferOwnership(adminUrl, owner);
}

/**
 * Runs `work` with a shadow database URL for the drift check: SHADOW_DATABASE_URL when
 * set; on the embedded cluster a temporary database owned by the owner role (made by the
 * superuser, since the owner may not create databases); else none, and the engine tries
 * to create one itself (which needs CREATEDB).
 */
export async function withShadowDatabase<T>(
  target: DatabaseTarget,
  work: (shadowUrl: string | undefined) => Promise<T>,
): Promise<T> {
  const configured = process.env.SHADOW_DATABASE_URL?.trim();
  if (configured || !target.adminUrl) return work(configured || undefined);
  const name = `${EMBEDDED_DATABASE}_shadow_${randomBytes(6).toString("hex")}`;
  const owner = databaseUser(target.migrationUrl);
  await createDatabase(withDatabase(target.adminUrl, name), { owner });
  try {
    return await work(withDatabase(target.migrationUrl, name));
  } finally {
    await dropDatabase(withDatabase(target.adminUrl, name));
  }
}
