// Demo data and db:reset are decided by the database (the demo marker), not by its URL.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabaseClient } from "./admin-database.ts";
import { withDatabase } from "./database-url.ts";
import { assertResettable, hasDemoMarker, isEmptyDatabase, shouldSeedDemo } from "./demo-marker.ts";
import { migrateDatabase, seedDatabaseAt } from "./prepare-database.ts";
import { uniqueDatabaseName } from "../../test/test-postgres.ts";

const urls: string[] = [];
async function database(prefix: string, { migrated = true } = {}): Promise<string> {
  const url = withDatabase(inject("testServerUrl"), uniqueDatabaseName(prefix));
  await createDatabase(url, migrated ? { template: inject("templateDatabase") } : {});
  urls.push(url);
  return url;
}

let unmigrated: string;
let empty: string;
let withFacts: string;
let demo: string;

beforeAll(async () => {
  unmigrated = await database("opvolging_marker_none", { migrated: false });
  empty = await database("opvolging_marker_empty");
  withFacts = await database("opvolging_marker_facts");
  await seedDatabaseAt(withFacts, { demo: false });
  await withDatabaseClient(withFacts, (client) =>
    client.query(
      `INSERT INTO "User" (id, name, email, role, "organisationId", "updatedAt") SELECT 'u1', 'Echte Gebruiker', 'echt@minfin.nl', 'READER', id, now() FROM "Organisation" LIMIT 1`,
    ),
  );
  demo = await database("opvolging_marker_demo");
  await seedDatabaseAt(demo, { demo: true });
}, 120_000);

afterAll(async () => {
  for (const url of urls) await dropDatabase(url);
});

describe("the demo marker", () => {
  it("is absent from an unmigrated database (no table), an empty one and one with real users; present after the demo seed", async () => {
    expect(await hasDemoMarker(unmigrated)).toBe(false);
    expect(await hasDemoMarker(empty)).toBe(false);
    expect(await hasDemoMarker(withFacts)).toBe(false);
    expect(await hasDemoMarker(demo)).toBe(true);
    expect(await isEmptyDatabase(empty)).toBe(true);
    expect(await isEmptyDatabase(withFacts)).toBe(false);
  });

  it("decides demo seeding: the embedded database or the marker; on request, an empty local database", async () => {
    expect(await shouldSeedDemo(empty, { embedded: true, requested: false })).toBe(true);
    expect(await shouldSeedDemo(demo, { embedded: false, requested: false })).toBe(true);
    // A local URL alone no longer means "demo".
    expect(await shouldSeedDemo(empty, { embedded: false, requested: false })).toBe(false);
    expect(await shouldSeedDemo(withFacts, { embedded: false, requested: false })).toBe(false);
    expect(await shouldSeedDemo(empty, { embedded: false, requested: true })).toBe(true);
    await expect(shouldSeedDemo(withFacts, { embedded: false, requested: true })).rejects.toThrow(
      /^db:seed --demo weigert database 'opvolging_marker_facts_\w+': die bevat al gebruikers/,
    );
    // node-postgres ignores hostaddr and so reaches the local server; libpq tools would not.
    await expect(shouldSeedDemo(`${empty}?hostaddr=10.1.2.3`, { embedded: false, requested: true })).rejects.toThrow(
      /parameter 'hostaddr'/,
    );
  });

  it("then seeding writes the marker with the demo data", async () => {
    const url = await database("opvolging_marker_seeded");
    expect(await shouldSeedDemo(url, { embedded: false, requested: true })).toBe(true);
    await seedDatabaseAt(url, { demo: true });
    expect(await hasDemoMarker(url)).toBe(true);
  });

  it("lets db:reset wipe only a marked or embedded database, and only when it is named", async () => {
    const name = new URL(demo).pathname.slice(1);
    await expect(
      assertResettable(withFacts, { embedded: false, confirm: new URL(withFacts).pathname.slice(1) }),
    ).rejects.toThrow(/draagt geen demomarkering/);
    await expect(assertResettable(demo, { embedded: false, confirm: undefined })).rejects.toThrow(
      `bevestig met de naam: npm run db:reset -- --confirm ${name}`,
    );
    await expect(assertResettable(demo, { embedded: false, confirm: "opvolging" })).rejects.toThrow(
      `'opvolging' is niet de naam van deze database; bevestig met npm run db:reset -- --confirm ${name}`,
    );
    await expect(assertResettable(demo, { embedded: false, confirm: name })).resolves.toBeUndefined();
    const emptyName = new URL(empty).pathname.slice(1);
    await expect(assertResettable(empty, { embedded: true, confirm: emptyName })).resolves.toBeUndefined();
  });

  it("survives migrating again: the marker is data, not schema", async () => {
    await migrateDatabase(demo);
    expect(await hasDemoMarker(demo)).toBe(true);
  });
});
