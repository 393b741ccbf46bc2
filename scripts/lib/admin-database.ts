// Creating and dropping whole databases, through the server's maintenance database.
import pg from "pg";
import { databaseName, redactDatabaseUrl, withDatabase } from "./database-url.ts";

export class DatabaseUnreachableError extends Error {}

async function withClient<T>(
  connectionUrl: string,
  shownUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  if (!/^postgres(ql)?:\/\//.test(connectionUrl)) {
    throw new DatabaseUnreachableError(
      `DATABASE_URL is geen PostgreSQL-URL; gebruik de vorm postgresql://gebruiker:wachtwoord@host:5432/database.`,
    );
  }
  const client = new pg.Client({ connectionString: connectionUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error && error.message ? error.message : String(error);
    throw new DatabaseUnreachableError(`De database op ${redactDatabaseUrl(shownUrl)} is niet bereikbaar (${reason}).`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function withMaintenanceClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(withDatabase(url, "postgres"), url, work);
}

/** Runs `work` on a client connected to the URL's own database, and closes it. */
export function withDatabaseClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(url, url, work);
}

/** Fails with one clear sentence when the URL's own database cannot be reached. */
export async function assertDatabaseReachable(url: string): Promise<void> {
  await withDatabaseClient(url, (client) => client.query("SELECT 1"));
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates the URL's database when it does not exist yet; returns whether it did. */
export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withMaintenanceClient(url, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
    return true;
  });
}

/** `owner`: the role that will own it (scripts/lib/database-roles.ts); else the connecting role. */
export async function createDatabase(
  url: string,
  { template, owner }: { template?: string; owner?: string } = {},
): Promise<void> {
  const name = databaseName(url);
  await withMaintenanceClient(url, (client) =>
    client.query(
      `CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ""}${owner ? ` OWNER ${quoteIdentifier(owner)}` : ""}`,
    ),
  );
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withMaintenanceClient(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  );
}
