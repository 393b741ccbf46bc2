// The two database roles (docs/decisions/008-database-roles.md): an owner that owns the
// database, runs migrations and the seed, and an app role that the running app connects
// as, with only the rights it needs. Roles are cluster-wide, so they are made here, by a
// role that may create roles, and never in a migration.
import pg from "pg";
import { withDatabaseClient } from "./admin-database.ts";

/** Append-only in the database (triggers) and, for the app, by its grants: no UPDATE, DELETE. */
export const APPEND_ONLY_TABLES = ["AuditEvent", "ProgressUpdate", "LetterDraftVersion", "LetterSnapshot"] as const;
/**
 * The one column of an append-only table the app may still fill in: a progress update's
 * English text, added once when it was left empty (decision 040). The table's trigger
 * refuses every other change, and a second one to that column.
 */
export const FILL_IN_ONCE_COLUMNS = [{ table: "ProgressUpdate", column: "textEn" }] as const;
/**
 * Read-only for the app: the migration history (for a readiness check), and the demo
 * marker, which opens db:reset and demo seeding: an app that could write it could turn a
 * real database into one that may be wiped.
 */
export const READ_ONLY_FOR_APP = ["_prisma_migrations", "DemoMarker"] as const;

/** pg-boss's schema (lib/jobs/pg-boss-schema.ts): the app reads and writes its rows, creates nothing in it. */
export const JOB_SCHEMA = "pgboss";

const ident = (name: string) => pg.escapeIdentifier(name);

/**
 * Creates a login role when missing, and (re)sets its password, so that the password kept
 * on disk is always the one that works. Safe when two processes do it at once.
 */
export async function ensureLoginRole(adminUrl: string, name: string, password: string): Promise<void> {
  await withDatabaseClient(adminUrl, async (client) => {
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [name]);
    if (!exists.rowCount) {
      try {
        await client.query(`CREATE ROLE ${ident(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
      } catch (error) {
        if ((error as { code?: string }).code !== "42710") throw error; // duplicate_object: created meanwhile
      }
    }
    await client.query(`ALTER ROLE ${ident(name)} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`);
  });
}

/** Drops roles made for one test run; a role that still owns something is left, with its name in the error. */
export async function dropRoles(adminUrl: string, names: string[]): Promise<void> {
  await withDatabaseClient(adminUrl, async (client) => {
    for (const name of names) await client.query(`DROP ROLE IF EXISTS ${ident(name)}`);
  });
}

/**
 * Makes `owner` the owner of the URL's database and of every object in its public schema
 * (sequences that belong to a column follow their table).
 * For databases made before there were two roles (a developer's .data/); run by a superuser.
 */
export async function transferOwnership(adminDatabaseUrl: string, owner: string): Promise<void> {
  await withDatabaseClient(adminDatabaseUrl, async (client) => {
    await client.query(
      `ALTER DATABASE ${ident((await client.query("SELECT current_database() AS d")).rows[0].d)} OWNER TO ${ident(owner)}`,
    );
    const { rows } = await client.query<{ sql: string }>(
      `SELECT format('ALTER %s %s OWNER TO %I',
                CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                c.oid::regclass, $1::text) AS sql
         FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
          AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)
          AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
       UNION ALL
       SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, $1::text)
         FROM pg_type t
        WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'c')
          AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c')
          AND t.typowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL
       SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, $1::text)
         FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = $1)`,
      [owner],
    );
    for (const { sql } of rows) await client.query(sql);
  });
}

/**
 * Grants the app role exactly what the app needs, on the URL's database, as its owner.
 * Idempotent: it first takes back every table right, then grants; run after each
 * migration (scripts/lib/prepare-database.ts). Default privileges make tables that a
 * migration run by other means (`prisma migrate deploy`) creates readable and writable
 * too; the append-only triggers still guard a new journal table until this step re-runs.
 */
export async function grantAppRole(ownerUrl: string, appRole: string): Promise<void> {
  const app = ident(appRole);
  const list = (names: readonly string[]) => names.map(ident).join(", ");
  await withDatabaseClient(ownerUrl, async (client) => {
    await client.query("BEGIN");
    try {
      await client.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
      await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${app}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
      await client.query(`REVOKE UPDATE, DELETE ON ${list(APPEND_ONLY_TABLES)} FROM ${app}`);
      for (const { table, column } of FILL_IN_ONCE_COLUMNS)
        await client.query(`GRANT UPDATE (${ident(column)}) ON ${ident(table)} TO ${app}`);
      await client.query(`REVOKE INSERT, UPDATE, DELETE ON ${list(READ_ONLY_FOR_APP)} FROM ${app}`);
      await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${app}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
      await client.query(
        `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
      );
      await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`);
      // The job queue (pg-boss, lib/jobs/): the owner made its schema; the app uses it.
      const jobs = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [JOB_SCHEMA]);
      if (jobs.rowCount) {
        const schema = ident(JOB_SCHEMA);
        await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${app}`);
        await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${app}`);
        await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${app}`);
        await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${app}`);
        await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${app}`);
        await client.query(
          `ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}
