// The committed migrations are the schema: a fresh database that takes them all has
// nothing pending and no drift against prisma/schema.prisma.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  applyMigrations,
  diffSchemaAgainstMigrations,
  migrationStatus,
  parseConnectionString,
} from "../scripts/lib/migrate-engine.ts";
import { createDatabase, dropDatabase, withDatabaseClient } from "../scripts/lib/admin-database.ts";
import { withDatabase } from "../scripts/lib/database-url.ts";
import { uniqueDatabaseName } from "../test/test-postgres.ts";
import { seedDatabaseAt } from "../scripts/lib/prepare-database.ts";

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

  it("record when each was applied as the true instant, also on a server whose default zone is not UTC", async () => {
    // adapter-pg takes timestamptz offsets for UTC (lib/utc-session.ts): unpinned, the engine's
    // own connection recorded finished_at an hour or two off on such a server.
    const zoned = withDatabase(inject("testServerUrl"), uniqueDatabaseName("opvolging_zoned"));
    await createDatabase(zoned);
    try {
      await withDatabaseClient(zoned, (client) =>
        client.query(`ALTER DATABASE "${new URL(zoned).pathname.slice(1)}" SET TimeZone = 'Europe/Amsterdam'`),
      );
      await applyMigrations({ connection: parseConnectionString(zoned), migrationsDir });
      const { rows } = await withDatabaseClient(zoned, (client) =>
        client.query(
          `SELECT max(abs(extract(epoch FROM now() - finished_at))) AS "secondsOff" FROM _prisma_migrations`,
        ),
      );
      expect(Number(rows[0].secondsOff)).toBeLessThan(600);
    } finally {
      await dropDatabase(zoned);
    }
  });

  it("make the audit trail, the action journal, letter versions and letter snapshots append-only, for existing rows too", async () => {
    // Rows in all three journals: the demo data (progress updates, an audit event) and a letter version.
    await seedDatabaseAt(url, { demo: true });
    await withDatabaseClient(url, async (client) => {
      await client.query(`
        INSERT INTO "LetterDraft" (id, "commitmentId", title, "createdById", "updatedAt")
          SELECT 'draft1', (SELECT id FROM "Commitment" ORDER BY id LIMIT 1), 'Concept', (SELECT id FROM "User" ORDER BY id LIMIT 1), now();
        INSERT INTO "LetterSnapshot" (id, "letterDraftId", peildatum, data, "createdById")
          SELECT 'snapshot1', 'draft1', '2023-04-03', '{}', (SELECT id FROM "User" ORDER BY id LIMIT 1);
        INSERT INTO "LetterDraftVersion" (id, "letterDraftId", "versionNumber", content, "snapshotId", "createdById")
          SELECT 'version1', 'draft1', 1, '{}', 'snapshot1', (SELECT id FROM "User" ORDER BY id LIMIT 1);`);
      for (const table of ["AuditEvent", "ProgressUpdate", "LetterDraftVersion", "LetterSnapshot"]) {
        const before = (await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
        expect(before, table).toBeGreaterThan(0);
        await expect(client.query(`UPDATE "${table}" SET id = id`)).rejects.toThrow(`${table} is append-only: UPDATE`);
        await expect(client.query(`DELETE FROM "${table}"`)).rejects.toThrow(`${table} is append-only: DELETE`);
        await expect(client.query(`TRUNCATE "${table}" CASCADE`)).rejects.toThrow(`${table} is append-only: TRUNCATE`);
        // ENABLE ALWAYS: replica mode (as logical replication and some restore tools use) skips ordinary triggers, not these.
        await client.query("SET session_replication_role = replica");
        try {
          await expect(client.query(`DELETE FROM "${table}"`)).rejects.toThrow(`${table} is append-only: DELETE`);
        } finally {
          await client.query("SET session_replication_role = DEFAULT");
        }
        expect((await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n, table).toBe(before);
      }
      const { rows } = await client.query(
        `SELECT tgrelid::regclass::text AS "table", tgname AS name, tgenabled AS enabled FROM pg_trigger
          WHERE tgname LIKE '%append_only' OR tgname LIKE '%no_truncate' OR tgname = 'AuditEvent_stamp_time' ORDER BY 1, 2`,
      );
      expect(rows.map((row) => `${row.table} ${row.name} ${row.enabled}`)).toEqual([
        '"AuditEvent" AuditEvent_append_only A',
        '"AuditEvent" AuditEvent_no_truncate A',
        '"AuditEvent" AuditEvent_stamp_time A',
        '"LetterDraftVersion" LetterDraftVersion_append_only A',
        '"LetterDraftVersion" LetterDraftVersion_no_truncate A',
        '"LetterSnapshot" LetterSnapshot_append_only A',
        '"LetterSnapshot" LetterSnapshot_no_truncate A',
        '"ProgressUpdate" ProgressUpdate_append_only A',
        '"ProgressUpdate" ProgressUpdate_no_truncate A',
      ]);
    });
  });

  it("give an audit event the database's time (the transaction's now(), to the millisecond), whatever the client sends", async () => {
    await withDatabaseClient(url, async (client) => {
      const { rows } = await client.query(`
        INSERT INTO "AuditEvent" (id, "entityType", "entityId", kind, "occurredAt")
        VALUES ('stamped', 'ActionItem', 'x', 'UPDATE', '1999-06-01T12:00:00Z')
        RETURNING "occurredAt" BETWEEN now() - interval '1 millisecond' AND now() + interval '1 millisecond' AS "isNow", extract(year FROM "occurredAt")::int AS year`);
      expect(rows).toEqual([{ isNow: true, year: new Date().getUTCFullYear() }]);
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
      const { rows: all } = await client.query(
        `SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
      );
      expect(all[0].n).toBeGreaterThan(20); // the check above had foreign keys to look at
    });
  });

  it("give every editable table a version column for optimistic concurrency", async () => {
    // CalendarFeed and ApiToken are only revoked (a one-way stamp), ReminderDelivery only added
    // to, ApiRateWindow an atomic counter: no concurrent edits to guard.
    const appendOnlyOrInternal = [
      "AuditEvent",
      "ProgressUpdate",
      "LetterDraftVersion",
      "LetterSnapshot",
      "CommitmentRecommendation",
      "Account",
      "SignInThrottle",
      "DemoMarker",
      "CalendarFeed",
      "ReminderDelivery",
      "ApiToken",
      "ApiRateWindow",
      // one-time links: issued, then used or revoked once (a one-way stamp, claimed atomically)
      "OneTimeLink",
      // kept by the database's triggers, never edited by a person
      "ActionItemTally",
      "DashboardStamp",
      // written by the job worker alone (progress, result), and a stored rendering of a fixed
      // letter version, made once and never changed
      "BackgroundJob",
      "LetterRendering",
      // written with the change it is about; only its own reader marks it read (once)
      "Notification",
      // a passkey is named once, when added, and removed whole; sign-in alone moves its counter
      // (checked, never backwards); a challenge is used once
      "Passkey",
      "WebAuthnChallenge",
      // an acceptance of the Dutch text is written once and never edited (decision 042)
      "DutchTextAcceptance",
      "_prisma_migrations",
    ];
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
