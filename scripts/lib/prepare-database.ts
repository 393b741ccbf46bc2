// Brings a database up to date: all migrations, then the seed (never destructive).
import path from "node:path";
import { applyMigrations, parseConnectionString } from "./migrate-engine.ts";
import { createPrismaClient } from "../../lib/db-client.ts";
import { seedDatabase, type SeedResult } from "../../prisma/seed.ts";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

export async function migrateDatabase(url: string): Promise<string[]> {
  const { applied } = await applyMigrations({ connection: parseConnectionString(url), migrationsDir: MIGRATIONS_DIR });
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
