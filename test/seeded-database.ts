// A test database with the demo data, for tests that read the case as users see it.
import { beforeAll } from "vitest";
import { setUpTestDatabase, type TestDatabase } from "./test-database.ts";
import { seedDatabase } from "../prisma/seed.ts";
import type { Actor } from "@/lib/auth/actor";
import { toActor } from "@/lib/auth/to-actor";

export function setUpSeededDatabase(): TestDatabase {
  const database = setUpTestDatabase();
  beforeAll(async () => {
    await seedDatabase(database.prisma, { demo: true });
  });
  return database;
}

/** The demo user with this e-mail address, as the actor domain functions expect. */
export async function actorFor(database: TestDatabase, email: string): Promise<Actor> {
  const user = await database.prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } });
  return toActor(user);
}
