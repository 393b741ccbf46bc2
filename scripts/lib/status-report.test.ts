// db:status for a database owner without the right to create databases, as on a managed
// PostgreSQL: the migrations are listed; the drift check asks for SHADOW_DATABASE_URL,
// and runs with it.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabaseClient } from "./admin-database.ts";
import { withDatabase } from "./database-url.ts";
import {
  applyMigrations,
  diffSchemaAgainstMigrations,
  parseConnectionString,
  ShadowDatabaseUnavailableError,
} from "./migrate-engine.ts";
import { databaseStatusReport } from "./status-report.ts";
import { getFreePort } from "./ports.ts";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./prepare-database.ts";
import { createUniqueRoles, uniqueDatabaseName } from "../../test/test-postgres.ts";

let roles: Awaited<ReturnType<typeof createUniqueRoles>>;
let tmp: string;
const adminUrls: string[] = [];
const migrations = (await fs.readdir(MIGRATIONS_DIR, { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function asOwner(adminUrl: string): string {
  const url = new URL(adminUrl);
  url.username = roles.owner.user;
  url.password = roles.owner.password;
  return url.toString();
}

async function ownedDatabase(prefix: string): Promise<string> {
  const adminUrl = withDatabase(inject("testServerUrl"), uniqueDatabaseName(prefix));
  await createDatabase(adminUrl, { owner: roles.owner.user });
  adminUrls.push(adminUrl);
  return asOwner(adminUrl);
}

let ownerUrl: string;
const last = migrations.at(-1)!;

beforeAll(async () => {
  roles = await createUniqueRoles(inject("testServerUrl"), "opvolging_status");
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "status-report-"));
  // All migrations but the last applied, so that one is pending.
  const older = path.join(tmp, "migrations");
  await fs.cp(MIGRATIONS_DIR, older, { recursive: true });
  await fs.rm(path.join(older, last), { recursive: true });
  ownerUrl = await ownedDatabase("opvolging_status");
  await applyMigrations({ connection: parseConnectionString(ownerUrl), migrationsDir: older });
}, 120_000);

afterAll(async () => {
  for (const url of adminUrls) await dropDatabase(url);
  await roles?.drop();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe("db:status as an owner without CREATEDB", () => {
  it("runs as a role that may not create databases", async () => {
    const rows = await withDatabaseClient(
      ownerUrl,
      async (client) =>
        (await client.query("SELECT rolcreatedb, rolsuper FROM pg_roles WHERE rolname = current_user")).rows,
    );
    expect(rows).toEqual([{ rolcreatedb: false, rolsuper: false }]);
  });

  it("lists applied and pending migrations, and says the drift check needs SHADOW_DATABASE_URL", async () => {
    const report = await databaseStatusReport({
      url: ownerUrl,
      migrationsDir: MIGRATIONS_DIR,
      schemaPath: SCHEMA_PATH,
    });
    expect(report.upToDate).toBe(false);
    expect(report.lines).toContain(`Toegepast (${migrations.length - 1}): ${migrations.slice(0, -1).join(", ")}`);
    expect(report.lines).toContain(`Openstaand (1): ${last}`);
    expect(report.lines.at(-1)).toMatch(
      /^De controle op afwijkingen .* heeft een schaduwdatabase nodig, en gebruiker 'opvolging_status_owner_\w+' mag geen databases aanmaken: zet SHADOW_DATABASE_URL op een lege database/,
    );
    expect(report.lines.join("\n")).not.toMatch(/permission denied|\n\s+at |[{}]/);
  });

  it("raises its own error from the engine call, not the engine's text", async () => {
    const attempt = diffSchemaAgainstMigrations({
      connection: parseConnectionString(ownerUrl),
      migrationsDir: MIGRATIONS_DIR,
      schemaPath: SCHEMA_PATH,
    });
    await expect(attempt).rejects.toBeInstanceOf(ShadowDatabaseUnavailableError);
  });

  it("runs the drift check in the database SHADOW_DATABASE_URL names, and leaves it empty", async () => {
    const shadowUrl = await ownedDatabase("opvolging_status_shadow");
    const report = await databaseStatusReport({
      url: ownerUrl,
      shadowUrl,
      migrationsDir: MIGRATIONS_DIR,
      schemaPath: SCHEMA_PATH,
    });
    expect(report.lines.at(-1)).toBe("Schema en migraties komen overeen.");
    const left = await withDatabaseClient(
      shadowUrl,
      async (client) =>
        (await client.query("SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace"))
          .rows[0].n,
    );
    expect(left).toBe(0);
  });

  it("refuses a shadow database that is the database itself", async () => {
    await expect(
      databaseStatusReport({
        url: ownerUrl,
        shadowUrl: ownerUrl,
        migrationsDir: MIGRATIONS_DIR,
        schemaPath: SCHEMA_PATH,
      }),
    ).rejects.toThrow(/SHADOW_DATABASE_URL wijst naar dezelfde database/);
  });

  it("names the cause when the shadow database cannot be reached", async () => {
    const unreachable = `postgresql://x:y@127.0.0.1:${await getFreePort()}/shadow`;
    await expect(
      databaseStatusReport({
        url: ownerUrl,
        shadowUrl: unreachable,
        migrationsDir: MIGRATIONS_DIR,
        schemaPath: SCHEMA_PATH,
      }),
    ).rejects.toThrow(/^Het migratieprogramma meldt: .*shadow database: .*ECONNREFUSED/);
  });
});
