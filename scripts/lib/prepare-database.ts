// Brings a database up to date: all migrations, the app role's rights, then the seed
// (never destructive). Migrations and the seed run as the database's owner.
import path from "node:path";
import { applyMigrations, parseConnectionString } from "./migrate-engine.ts";
import { grantAppRole } from "./database-roles.ts";
import { createPrismaClient } from "../../lib/db-client.ts";
import { seedDatabase, type SeedResult } from "../../prisma/seed.ts";
import { installPgBoss } from "../../lib/jobs/pg-boss-schema.ts";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

/**
 * Applies pending migrations as the URL's user (the owner), then installs or migrates the
 * job queue's schema (pgboss; lib/jobs/pg-boss-schema.ts); with `appRole`, then grants
 * that role its rights again, so that tables a migration added are covered at once.
 */
export async function migrateDatabase(url: string, { appRole }: { appRole?: string } = {}): Promise<string[]> {
  const { applied } = await applyMigrations({ connection: parseConnectionString(url), migrationsDir: MIGRATIONS_DIR });
  await installPgBoss(url);
  if (appRole) await grantAppRole(url, appRole);
  return applied;
}

export async function seedDatabaseAt(url: string, { demo }: { demo: boolean }): Promise<SeedResult> {
  const prisma = createPrismaClient(url);
  try {
    return await seedDatabase(prisma, { demo });
  } finally {
    await prisma.$disconnect();
  }
}
