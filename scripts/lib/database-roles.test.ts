// The app role, as production runs it: it reads and writes what the
// app needs, only adds to the three journals, and cannot switch their guards off.
import pg from "pg";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabaseClient } from "./admin-database.ts";
import { withDatabase } from "./database-url.ts";
import { APPEND_ONLY_TABLES, grantAppRole } from "./database-roles.ts";
import { LONG_WORK_QUEUE, PGBOSS_CRON_QUEUE } from "../../lib/jobs/pg-boss-schema.ts";
import { migrateDatabase, seedDatabaseAt } from "./prepare-database.ts";
import { REMINDER_CRON, REMINDER_QUEUE, REMINDER_TIME_ZONE } from "../../lib/jobs/pg-boss-schema.ts";
import { createUniqueRoles, uniqueDatabaseName } from "../../test/test-postgres.ts";

let adminUrl: string;
let ownerUrl: string;
let appUrl: string;
let roles: Awaited<ReturnType<typeof createUniqueRoles>>;

const as = (user: { user: string; password: string }, url: string) => {
  const parsed = new URL(url);
  parsed.username = user.user;
  parsed.password = user.password;
  return parsed.toString();
};

beforeAll(async () => {
  const server = inject("testServerUrl");
  roles = await createUniqueRoles(server, "opvolging_roles");
  adminUrl = withDatabase(server, uniqueDatabaseName("opvolging_roles"));
  await createDatabase(adminUrl, { owner: roles.owner.user });
  ownerUrl = as(roles.owner, adminUrl);
  appUrl = as(roles.app, adminUrl);
  await migrateDatabase(ownerUrl, { appRole: roles.app.user });
  await seedDatabaseAt(ownerUrl, { demo: true });
  // One letter draft with a snapshot and a version, so that every journal has a row to attack.
  await withDatabaseClient(ownerUrl, (client) =>
    client.query(`
      INSERT INTO "LetterDraft" (id, "commitmentId", title, "createdById", "updatedAt")
        SELECT 'draft1', (SELECT id FROM "Commitment" ORDER BY id LIMIT 1), 'Concept', (SELECT id FROM "User" ORDER BY id LIMIT 1), now();
      INSERT INTO "LetterSnapshot" (id, "letterDraftId", peildatum, data, "createdById")
        SELECT 'snapshot1', 'draft1', '2023-04-03', '{}', (SELECT id FROM "User" ORDER BY id LIMIT 1);
      INSERT INTO "LetterDraftVersion" (id, "letterDraftId", "versionNumber", content, "snapshotId", "createdById")
        SELECT 'version1', 'draft1', 1, '{}', 'snapshot1', (SELECT id FROM "User" ORDER BY id LIMIT 1);`),
  );
}, 120_000);

afterAll(async () => {
  await dropDatabase(adminUrl);
  await roles?.drop();
});

async function asApp<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withDatabaseClient(appUrl, work);
}

describe("the app role", () => {
  it("finds existing rows in all three journals to attack", async () => {
    await asApp(async (client) => {
      for (const table of APPEND_ONLY_TABLES) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table}"`);
        expect(rows[0].n, table).toBeGreaterThan(0);
      }
    });
  });

  it.each(APPEND_ONLY_TABLES)("cannot UPDATE, DELETE or TRUNCATE existing rows of %s", async (table) => {
    await asApp(async (client) => {
      await expect(client.query(`UPDATE "${table}" SET id = id`)).rejects.toThrow(/permission denied for table/);
      await expect(client.query(`DELETE FROM "${table}"`)).rejects.toThrow(/permission denied for table/);
      await expect(client.query(`TRUNCATE "${table}"`)).rejects.toThrow(/permission denied for table/);
    });
  });

  it.each(APPEND_ONLY_TABLES)("cannot switch off or drop the guards of %s", async (table) => {
    await asApp(async (client) => {
      await expect(client.query(`ALTER TABLE "${table}" DISABLE TRIGGER "${table}_append_only"`)).rejects.toThrow(
        /must be owner of table/,
      );
      await expect(client.query(`ALTER TABLE "${table}" DISABLE TRIGGER ALL`)).rejects.toThrow(
        /must be owner of table/,
      );
      await expect(client.query(`DROP TRIGGER "${table}_append_only" ON "${table}"`)).rejects.toThrow(
        /must be owner of (table|relation)/,
      );
      // Replica mode skips ordinary triggers; only a superuser may set it anyway.
      await expect(client.query(`SET session_replication_role = replica`)).rejects.toThrow(
        /permission denied to set parameter/,
      );
    });
  });

  it("reads and adds to the journals, and keeps the database's time on audit events", async () => {
    await asApp(async (client) => {
      await client.query(
        `INSERT INTO "AuditEvent" (id, "entityType", "entityId", kind, "occurredAt") VALUES ('app1', 'ActionItem', 'x', 'UPDATE', '1999-01-01T00:00:00Z')`,
      );
      await client.query(
        `INSERT INTO "LetterDraftVersion" (id, "letterDraftId", "versionNumber", content, "createdById") SELECT 'version2', 'draft1', 2, '{}', "createdById" FROM "LetterDraftVersion" WHERE id = 'version1'`,
      );
      const { rows } = await client.query(
        `SELECT "occurredAt" > now() - interval '1 minute' AS recent FROM "AuditEvent" WHERE id = 'app1'`,
      );
      expect(rows).toEqual([{ recent: true }]);
      const { rows: progress } = await client.query(`SELECT count(*)::int AS n FROM "ProgressUpdate"`);
      expect(progress[0].n).toBeGreaterThan(0);
    });
  });

  it("fills in a progress update's missing English once, and changes nothing else of it", async () => {
    await asApp(async (client) => {
      const { rows } = await client.query(`SELECT id FROM "ProgressUpdate" WHERE "textEn" IS NULL LIMIT 1`);
      const id: string = rows[0].id;
      await client.query(`UPDATE "ProgressUpdate" SET "textEn" = 'Done.' WHERE id = $1`, [id]);
      await expect(client.query(`UPDATE "ProgressUpdate" SET "textEn" = 'Again.' WHERE id = $1`, [id])).rejects.toThrow(
        /append-only/,
      );
      await expect(client.query(`UPDATE "ProgressUpdate" SET text = 'x' WHERE id = $1`, [id])).rejects.toThrow(
        /permission denied/,
      );
      await expect(client.query(`DELETE FROM "ProgressUpdate" WHERE id = $1`, [id])).rejects.toThrow(
        /permission denied/,
      );
    });
  });

  it("edits ordinary tables, reads the migration history and the demo marker, and writes neither", async () => {
    await asApp(async (client) => {
      await client.query(
        `UPDATE "ActionItem" SET "percentDone" = "percentDone" WHERE id = (SELECT id FROM "ActionItem" LIMIT 1)`,
      );
      expect((await client.query(`SELECT count(*)::int AS n FROM _prisma_migrations`)).rows[0].n).toBeGreaterThan(0);
      expect((await client.query(`SELECT count(*)::int AS n FROM "DemoMarker"`)).rows[0].n).toBe(1);
      await expect(client.query(`DELETE FROM _prisma_migrations`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`DELETE FROM "DemoMarker"`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`INSERT INTO "DemoMarker" (id) VALUES (1) ON CONFLICT DO NOTHING`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(client.query(`TRUNCATE "ActionItem" CASCADE`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`CREATE TABLE sneaky (id int)`)).rejects.toThrow(/permission denied for schema public/);
    });
  });

  it("owns nothing and has no table right beyond SELECT, INSERT, UPDATE, DELETE", async () => {
    await asApp(async (client) => {
      const owned = await client.query(`
        SELECT relname FROM pg_class WHERE relowner = current_user::regrole
        UNION ALL SELECT nspname FROM pg_namespace WHERE nspowner = current_user::regrole
        UNION ALL SELECT datname FROM pg_database WHERE datdba = current_user::regrole
        UNION ALL SELECT proname FROM pg_proc WHERE proowner = current_user::regrole
        UNION ALL SELECT typname FROM pg_type WHERE typowner = current_user::regrole`);
      expect(owned.rows).toEqual([]);
      const { rows } = await client.query(`
        SELECT DISTINCT privilege_type FROM information_schema.table_privileges
        WHERE grantee = current_user ORDER BY 1`);
      expect(rows.map((row) => row.privilege_type)).toEqual(["DELETE", "INSERT", "SELECT", "UPDATE"]);
      const attributes = await client.query(
        `SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
      );
      expect(attributes.rows).toEqual([
        { rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false },
      ]);
    });
  });

  it("keeps exactly these rights when the grant step runs again", async () => {
    const rights = () =>
      withDatabaseClient(
        adminUrl,
        async (client) =>
          (
            await client.query(
              `SELECT table_name, privilege_type FROM information_schema.table_privileges WHERE grantee = $1 ORDER BY 1, 2`,
              [roles.app.user],
            )
          ).rows,
      );
    const before = await rights();
    await grantAppRole(ownerUrl, roles.app.user);
    expect(await rights()).toEqual(before);
    expect(
      before
        .filter((row) => APPEND_ONLY_TABLES.includes(row.table_name))
        .map((row) => `${row.table_name} ${row.privilege_type}`),
    ).toEqual([
      "AuditEvent INSERT",
      "AuditEvent SELECT",
      "LetterDraftVersion INSERT",
      "LetterDraftVersion SELECT",
      "LetterSnapshot INSERT",
      "LetterSnapshot SELECT",
      "ProgressUpdate INSERT",
      "ProgressUpdate SELECT",
    ]);
  });
});

describe("the job queue (pg-boss) for the app role", () => {
  it("was installed by the owner, with the reminder queue, and owns nothing of it", async () => {
    await withDatabaseClient(adminUrl, async (client) => {
      const { rows } = await client.query(
        `SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'pgboss'`,
      );
      expect(rows).toEqual([{ owner: roles.owner.user }]);
      const queues = await client.query(`SELECT name, policy FROM pgboss.queue ORDER BY name`);
      // pg-boss's own queue of due schedules too: without it the scheduler never sends the daily job.
      expect(queues.rows.map((row) => row.name)).toEqual([PGBOSS_CRON_QUEUE, LONG_WORK_QUEUE, REMINDER_QUEUE].sort());
      expect(queues.rows.find((row) => row.name === REMINDER_QUEUE)).toEqual({
        name: REMINDER_QUEUE,
        policy: "singleton",
      });
    });
  });

  it("starts pg-boss without migrating, schedules, sends, fetches and completes a job", async () => {
    const boss = new PgBoss({
      connectionString: appUrl,
      schema: "pgboss",
      migrate: false,
      supervise: false,
      schedule: false,
      max: 2,
    });
    boss.on("error", () => {});
    await boss.start();
    try {
      await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, {}, { tz: REMINDER_TIME_ZONE });
      expect((await boss.getSchedules()).map((s) => s.name)).toEqual([REMINDER_QUEUE]);
      const id = await boss.send(REMINDER_QUEUE, {});
      expect(id).toBeTruthy();
      const [job] = await boss.fetch(REMINDER_QUEUE);
      expect(job?.id).toBe(id);
      await boss.complete(REMINDER_QUEUE, job!.id);
      expect((await boss.getJobById(REMINDER_QUEUE, job!.id))?.state).toBe("completed");
      // Creating a queue makes a table: that is the owner's work, at the migrate step.
      await expect(boss.createQueue("nieuw")).rejects.toThrow(/permission denied/);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });

  it("cannot create, drop or alter anything in its schema", async () => {
    await asApp(async (client) => {
      await expect(client.query(`CREATE TABLE pgboss.sneaky (id int)`)).rejects.toThrow(
        /permission denied for schema pgboss/,
      );
      await expect(client.query(`DROP TABLE pgboss.job`)).rejects.toThrow(/must be owner/);
      await expect(client.query(`TRUNCATE pgboss.job`)).rejects.toThrow(/permission denied/);
    });
  });
});
