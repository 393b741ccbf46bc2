// The database work per request, from pg_stat_statements: a throwaway cluster that loads
// the extension, and reading and resetting its figures for the app's database.
import { startEmbeddedPostgres, type RunningPostgres } from "../lib/embedded-postgres.ts";
import { databaseName, withDatabase } from "../lib/database-url.ts";
import { withDatabaseClient } from "../lib/admin-database.ts";
import { getFreePort } from "../lib/ports.ts";

/** One statement's figures: how often it ran, its execution time, and the rows it returned (to the app, which builds objects of them). */
export type StatementStats = { query: string; calls: number; totalMs: number; rows: number };

/**
 * A throwaway cluster in `dataDir`, with pg_stat_statements loaded: set with ALTER SYSTEM,
 * which takes effect at the restart that follows. `onStarted` receives the way to stop
 * it as soon as a server runs, so that a failure half-way leaves nothing running.
 */
export async function startPostgresWithStatements(
  dataDir: string,
  onStarted: (stop: () => Promise<void>) => void,
): Promise<RunningPostgres> {
  let server = await startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: false });
  // Stops whichever server runs at the time: the restarted one replaces the first.
  onStarted(() => server.stop());
  await withDatabaseClient(server.urlFor("postgres"), (client) =>
    client.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"),
  );
  await server.stop();
  server = await startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: false });
  await withDatabaseClient(server.urlFor("postgres"), (client) =>
    client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"),
  );
  return server;
}

/** Statements run on the URL's database since the last reset, read from the maintenance database. */
export async function readStatements(databaseUrl: string): Promise<StatementStats[]> {
  return withDatabaseClient(withDatabase(databaseUrl, "postgres"), async (client) => {
    const { rows } = await client.query<{ query: string; calls: string; total_ms: number; rows: string }>(
      `SELECT s.query, s.calls, s.total_exec_time AS total_ms, s.rows
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = $1
        ORDER BY s.total_exec_time DESC`,
      [databaseName(databaseUrl)],
    );
    return rows.map((row) => ({
      query: row.query,
      calls: Number(row.calls),
      totalMs: row.total_ms,
      rows: Number(row.rows),
    }));
  });
}

/** Clears the figures of the whole cluster, so that the next read covers one load phase. */
export async function resetStatements(databaseUrl: string): Promise<void> {
  await withDatabaseClient(withDatabase(databaseUrl, "postgres"), (client) =>
    client.query("SELECT pg_stat_statements_reset()"),
  );
}
