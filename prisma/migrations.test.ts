// The committed migrations are the schema: a fresh database that takes them all has
// nothing pending and no drift against prisma/schema.prisma.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, diffSchemaAgainstMigrations, migrationStatus, parseConnectionString } from "../scripts/lib/migrate-engine.ts";
import { createDatabase, dropDatabase, withDatabaseClient } from "../scripts/lib/admin-database.ts";
import { withDatabase } from "../scripts/lib/database-url.ts";
import { uniqueDatabaseName } from "../test/test-postgres.ts";

const migrationsDir = path.resolve("prisma/migrations");
const schemaPath = path.resolve("prisma/schema.prisma");
let url: string;

beforeAll(async () => {
  url = withDatabase(inject("testServerUrl"), uniqueDatabaseName("opvolging_fresh"));
  await createDatabase(url);
});
afterAll(async () => {
  await dropDatabase(url);
});

describe("migrations", () => {
  it("take an empty database to the schema, with no drift", async () => {
    const connection = parseConnectionString(url);
    const { applied } = await applyMigrations({ connection, migrationsDir });
    expect(applied.length).toBeGreaterThan(0);
    expect(await migrationStatus({ connection, migrationsDir })).toMatchObject({ pending: [], failed: [], edited: [] });
    expect(await diffSchemaAgainstMigrations({ connection, migrationsDir, schemaPath })).toBe("");
  });

  it("make the audit trail, the action journal and letter versions append-only", async () => {
    await withDatabaseClient(url, async (client) => {
      await client.query(`INSERT INTO "AuditEvent" (id, "entityType", "entityId", kind) VALUES ('a1', 'ActionItem', 'x', 'UPDATE')`);
      await expect(client.query(`UPDATE "AuditEvent" SET kind = 'DELETE' WHERE id = 'a1'`)).rejects.toThrow(/AuditEvent is append-only: UPDATE/);
      await expect(client.query(`DELETE FROM "AuditEvent" WHERE id = 'a1'`)).rejects.toThrow(/AuditEvent is append-only: DELETE/);
      await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "ProgressUpdate"`)).resolves.toBeDefined(); // no rows: nothing fires
      const { rows } = await client.query(
        `SELECT tgrelid::regclass::text AS "table" FROM pg_trigger WHERE tgname LIKE '%append_only' ORDER BY 1`,
      );
      expect(rows.map((row) => row.table)).toEqual(['"AuditEvent"', '"LetterDraftVersion"', '"ProgressUpdate"']);
    });
  });

  it("index every foreign key, so joins and cascades never scan a whole table", async () => {
    await withDatabaseClient(url, async (client) => {
      // A foreign key is covered when an index starts with exactly its columns.
      const { rows } = await client.query(`
        SELECT c.conrelid::regclass::text AS "table", c.conname AS "constraint"
        FROM pg_constraint c
        WHERE c.contype = 'f'
          AND NOT EXISTS (
            SELECT 1 FROM pg_index i
            WHERE i.indrelid = c.conrelid
              AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey
          )
        ORDER BY 1, 2`);
      expect(rows).toEqual([]);
      const { rows: all } = await client.query(`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`);
      expect(all[0].n).toBeGreaterThan(20); // the check above had foreign keys to look at
    });
  });

  it("give every editable table a version column for optimistic concurrency", async () => {
    const appendOnlyOrInternal = ["AuditEvent", "ProgressUpdate", "LetterDraftVersion", "CommitmentRecommendation", "Account", "SignInThrottle", "DemoMarker", "_prisma_migrations"];
    await withDatabaseClient(url, async (client) => {
      const { rows } = await client.query(`
        SELECT t.table_name AS "table"
        FROM information_schema.tables t
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND NOT EXISTS (
            SELECT 1 FROM information_schema.columns c
            WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'version'
          )
        ORDER BY 1`);
      expect(rows.map((row) => row.table).sort()).toEqual([...appendOnlyOrInternal].sort());
    });
  });
});
