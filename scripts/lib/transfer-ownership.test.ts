// A development database made before there were two roles (owned by the superuser) is
// handed to the owner role, objects and all (scripts/lib/dev-database.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, withDatabaseClient } from "./admin-database.ts";
import { withDatabase } from "./database-url.ts";
import { transferOwnership } from "./database-roles.ts";
import { createUniqueRoles, uniqueDatabaseName } from "../../test/test-postgres.ts";

let url: string;
let roles: Awaited<ReturnType<typeof createUniqueRoles>>;

beforeAll(async () => {
  roles = await createUniqueRoles(inject("testServerUrl"), "opvolging_handover");
  url = withDatabase(inject("testServerUrl"), uniqueDatabaseName("opvolging_handover"));
  await createDatabase(url, { template: inject("templateDatabase") }); // owned by the superuser, as before
});
afterAll(async () => {
  await dropDatabase(url);
  await roles?.drop();
});

describe("transferOwnership", () => {
  it("hands the database, its tables, types and functions to the owner role, and is idempotent", async () => {
    const notOwned = () =>
      withDatabaseClient(url, async (client) => {
        const { rows } = await client.query(
          `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relowner <> $1::regrole
           UNION ALL SELECT typname FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typowner <> $1::regrole
           UNION ALL SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proowner <> $1::regrole
           UNION ALL SELECT datname FROM pg_database WHERE datname = current_database() AND datdba <> $1::regrole`,
          [roles.owner.user],
        );
        return rows.map((row) => row.name);
      });
    expect((await notOwned()).length).toBeGreaterThan(50);
    await transferOwnership(url, roles.owner.user);
    expect(await notOwned()).toEqual([]);
    await transferOwnership(url, roles.owner.user);
    expect(await notOwned()).toEqual([]);
  });
});
