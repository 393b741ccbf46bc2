// A fresh, migrated database for one test file, wired into lib/db.ts for domain code.
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createDatabase, dropDatabase } from "../scripts/lib/admin-database.ts";
import { withDatabase } from "../scripts/lib/database-url.ts";
import { uniqueDatabaseName } from "./test-postgres.ts";

export type TestDatabase = { url: string; prisma: PrismaClient };

/** Call at the top of a test file; the returned object is filled in before the tests run. */
export function setUpTestDatabase(): TestDatabase {
  const database = {} as TestDatabase;
  beforeAll(async () => {
    const url = withDatabase(inject("testServerUrl"), uniqueDatabaseName("opvolging_test"));
    await createDatabase(url, { template: inject("templateDatabase") });
    database.url = url;
    database.prisma = createPrismaClient(url);
    // lib/db.ts reads DATABASE_URL on first use and keeps its client on globalThis.
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
    delete (globalThis as { opvolgingPrisma?: PrismaClient }).opvolgingPrisma;
  });
  afterAll(async () => {
    await database.prisma?.$disconnect();
    const shared = (globalThis as { opvolgingPrisma?: PrismaClient }).opvolgingPrisma;
    await shared?.$disconnect();
    delete (globalThis as { opvolgingPrisma?: PrismaClient }).opvolgingPrisma;
    if (database.url) await dropDatabase(database.url);
  });
  return database;
}
