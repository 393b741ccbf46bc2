// Whether a database may get demo data (accounts with a published password) or be wiped by
// db:reset: decided by the database itself, not by its URL. The seed writes the one-row
// DemoMarker table with the demo data; the app role may only read it.
import { withDatabaseClient } from "./admin-database.ts";
import { assertLocalDatabaseUrl, databaseName } from "./database-url.ts";

export async function hasDemoMarker(url: string): Promise<boolean> {
  return withDatabaseClient(url, async (client) => {
    try {
      return ((await client.query(`SELECT 1 FROM "DemoMarker" LIMIT 1`)).rowCount ?? 0) > 0;
    } catch (error) {
      if ((error as { code?: string }).code === "42P01") return false; // undefined_table: not migrated yet
      throw error;
    }
  });
}

/** No users and no recommendations: nothing anyone entered would sit next to demo data. */
export async function isEmptyDatabase(url: string): Promise<boolean> {
  return withDatabaseClient(url, async (client) => {
    try {
      const { rows } = await client.query(
        `SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Recommendation") AS n`,
      );
      return Number(rows[0].n) === 0;
    } catch (error) {
      if ((error as { code?: string }).code === "42P01") return true;
      throw error;
    }
  });
}

/**
 * Demo data goes to the embedded database and to one that already carries the marker.
 * An explicit request (`db:seed -- --demo`) may also create it on an empty database on
 * this machine; anywhere else it is refused with a sentence that says why.
 */
export async function shouldSeedDemo(
  url: string,
  { embedded, requested }: { embedded: boolean; requested: boolean },
): Promise<boolean> {
  if (embedded || (await hasDemoMarker(url))) return true;
  if (!requested) return false;
  assertLocalDatabaseUrl(url, "db:seed --demo");
  if (!(await isEmptyDatabase(url))) {
    throw new Error(
      `db:seed --demo weigert database '${databaseName(url)}': die bevat al gebruikers of aanbevelingen en geen demomarkering.`,
    );
  }
  return true;
}

/**
 * db:reset wipes a database: only the embedded one or one carrying the marker, and only
 * when the caller names it (`--confirm <name>`), so a wrong DATABASE_URL cannot cost data.
 */
export async function assertResettable(
  url: string,
  { embedded, confirm }: { embedded: boolean; confirm: string | undefined },
): Promise<void> {
  const name = databaseName(url);
  if (!embedded && !(await hasDemoMarker(url))) {
    throw new Error(
      `db:reset weigert database '${name}': die draagt geen demomarkering, dus er kunnen echte gegevens in staan.`,
    );
  }
  if (confirm !== name) {
    throw new Error(
      confirm === undefined
        ? `db:reset wist database '${name}'; bevestig met de naam: npm run db:reset -- --confirm ${name}`
        : `db:reset: '${confirm}' is niet de naam van deze database; bevestig met npm run db:reset -- --confirm ${name}`,
    );
  }
}
