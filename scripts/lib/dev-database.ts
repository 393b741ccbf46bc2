// The database the scripts work on: DATABASE_URL when set, otherwise the embedded
// PostgreSQL in .data/ (started for as long as the script runs).
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { assertDatabaseReachable, ensureDatabaseExists } from "./admin-database.ts";

export const DATA_DIR = path.resolve(".data");
export const EMBEDDED_DATABASE = "opvolging";
const DEFAULT_EMBEDDED_PORT = 54329;

export type DatabaseTarget = { url: string; embedded: boolean; stop(): Promise<void> };

export async function openDatabaseTarget(): Promise<DatabaseTarget> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    await assertDatabaseReachable(configured);
    return { url: configured, embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_PORT);
  const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port, durable: true });
  const url = server.urlFor(EMBEDDED_DATABASE);
  await ensureDatabaseExists(url);
  return { url, embedded: true, stop: () => server.stop() };
}
