// The committed migrations are the schema: a fresh database that takes them all has
// nothing pending and no drift against prisma/schema.prisma.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { applyMigrations, diffSchemaAgainstMigrations, migrationStatus, parseConnectionString } from "../scripts/lib/migrate-engine.ts";
import { createDatabase, dropDatabase } from "../scripts/lib/admin-database.ts";
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
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "AuditEvent" (id, "entityType", "entityId", action) VALUES ('a1', 'Action', 'x', 'UPDATE')`);
      await expect(client.query(`UPDATE "AuditEvent" SET action = 'DELETE' WHERE id = 'a1'`)).rejects.toThrow(/AuditEvent is append-only: UPDATE/);
      await expect(client.query(`DELETE FROM "AuditEvent" WHERE id = 'a1'`)).rejects.toThrow(/AuditEvent is append-only: DELETE/);
      await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "ProgressUpdate"`)).resolves.toBeDefined(); // no rows: nothing fires
      const { rows } = await client.query(
        `SELECT tgrelid::regclass::text AS "table" FROM pg_trigger WHERE tgname LIKE '%append_only' ORDER BY 1`,
      );
      expect(rows.map((row) => row.table)).toEqual(['"AuditEvent"', '"LetterDraftVersion"', '"ProgressUpdate"']);
    } finally {
      await client.end();
    }
  });
});
