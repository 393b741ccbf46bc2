// Every writer means the same instant: Prisma, raw SQL under any session TimeZone, and
// the database's own now() in defaults and triggers (docs/decisions/009-timestamptz.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../test/test-database.ts";
import { withDatabaseClient } from "../scripts/lib/admin-database.ts";
import { databaseName } from "../scripts/lib/database-url.ts";
import { createPrismaClient, type PrismaClient } from "../lib/db-client.ts";

const database = setUpTestDatabase();
let prisma: PrismaClient;

// Many servers default to the zone of the machine they were installed on (Debian: the
// system's, a Dutch managed service: Europe/Amsterdam). Give this database that default,
// then connect, so that the test holds whatever zone the test server was started in.
beforeAll(async () => {
  await withDatabaseClient(database.url, (client) =>
    client.query(`ALTER DATABASE "${databaseName(database.url)}" SET TimeZone = 'Europe/Amsterdam'`),
  );
  prisma = createPrismaClient(database.url);
});
afterAll(async () => {
  await prisma?.$disconnect();
});

describe("timestamps", () => {
  it("are read and written by Prisma as the same instant on a server whose default zone is not UTC", async () => {
    const written = await prisma.organisation.create({
      data: {
        id: "tz-default",
        code: "TZ-DEFAULT",
        name: "Standaardzone",
        createdAt: new Date("2023-04-03T12:05:00Z"),
      },
    });
    expect(written.createdAt.toISOString()).toBe("2023-04-03T12:05:00.000Z");
    const stored = await withDatabaseClient(database.url, async (client) => {
      const result = await client.query<{ zone: string; utc: string }>(
        `SELECT current_setting('TimeZone') AS zone, to_char("createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS utc FROM "Organisation" WHERE id = 'tz-default'`,
      );
      return result.rows[0]!;
    });
    expect(stored).toEqual({ zone: "Europe/Amsterdam", utc: "2023-04-03 12:05" });
    const read = await prisma.organisation.findUniqueOrThrow({ where: { id: "tz-default" } });
    expect(read.createdAt.toISOString()).toBe("2023-04-03T12:05:00.000Z");
  });

  it("are timestamptz in every table; calendar dates stay DATE", async () => {
    const rows = await withDatabaseClient(database.url, (client) =>
      client.query<{ table_name: string; column_name: string; data_type: string }>(
        `SELECT table_name, column_name, data_type FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            AND data_type IN ('timestamp without time zone', 'time without time zone', 'time with time zone')`,
      ),
    );
    expect(rows.rows).toEqual([]);
  });

  it("mean the same instant whether written by raw SQL in New York or Amsterdam time, or by Prisma", async () => {
    await withDatabaseClient(database.url, async (client) => {
      await client.query("SET TimeZone = 'America/New_York'");
      // A literal without an offset is read in the session's zone: 08:05 in New York.
      await client.query(
        `INSERT INTO "Organisation" (id, code, name, "createdAt", "updatedAt") VALUES ('tz-ny', 'TZ-NY', 'New York', '2023-04-03 08:05:00', now())`,
      );
    });
    await withDatabaseClient(database.url, async (client) => {
      await client.query("SET TimeZone = 'Europe/Amsterdam'");
      await client.query(
        `INSERT INTO "Organisation" (id, code, name, "createdAt", "updatedAt") VALUES ('tz-ams', 'TZ-AMS', 'Amsterdam', '2023-04-03 14:05:00', now())`,
      );
    });
    await prisma.organisation.create({
      data: { id: "tz-prisma", code: "TZ-PRISMA", name: "Prisma", createdAt: new Date("2023-04-03T12:05:00Z") },
    });

    const rows = await prisma.organisation.findMany({
      where: { id: { in: ["tz-ams", "tz-ny", "tz-prisma"] } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((row) => [row.id, row.createdAt.toISOString()])).toEqual([
      ["tz-ams", "2023-04-03T12:05:00.000Z"],
      ["tz-ny", "2023-04-03T12:05:00.000Z"],
      ["tz-prisma", "2023-04-03T12:05:00.000Z"],
    ]);

    // And psql in New York reads Prisma's row as the same instant, with its offset.
    const shown = await withDatabaseClient(database.url, async (client) => {
      await client.query("SET TimeZone = 'America/New_York'");
      const result = await client.query<{ local: string; same: boolean }>(
        `SELECT "createdAt"::text AS local, "createdAt" = '2023-04-03 14:05:00+02' AS same FROM "Organisation" WHERE id = 'tz-prisma'`,
      );
      return result.rows[0]!;
    });
    expect(shown).toEqual({ local: "2023-04-03 08:05:00-04", same: true });
  });

  it("take the real time from the database's now() in any session zone, as the audit trigger does", async () => {
    const before = Date.now();
    await withDatabaseClient(database.url, async (client) => {
      await client.query("SET TimeZone = 'Pacific/Kiritimati'"); // UTC+14: any zone mix-up shows as hours
      // The trigger overrides whatever time the writer claims.
      await client.query(
        `INSERT INTO "AuditEvent" (id, "entityType", "entityId", kind, "occurredAt") VALUES ('tz-audit', 'Test', 'tz', 'TEST', '2000-01-01 00:00:00')`,
      );
      await client.query(
        `INSERT INTO "Organisation" (id, code, name, "updatedAt") VALUES ('tz-now', 'TZ-NOW', 'Nu', now())`,
      );
    });
    const after = Date.now();

    const audit = await prisma.auditEvent.findUniqueOrThrow({ where: { id: "tz-audit" } });
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: "tz-now" } });
    for (const instant of [audit.occurredAt, organisation.createdAt, organisation.updatedAt]) {
      // Allow for the database server's clock and rounding to milliseconds.
      expect(instant.getTime()).toBeGreaterThanOrEqual(before - 2_000);
      expect(instant.getTime()).toBeLessThanOrEqual(after + 2_000);
    }
  });
});
