// The app's one PrismaClient, created on first use so that `next build` needs no
// database. In development the instance survives hot reloads on globalThis.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { getEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { opvolgingPrisma?: PrismaClient };

export function db(): PrismaClient {
  // The environment is read only to make the client: a process that put its own client here
  // (a script, the letter bench's worker) needs no DATABASE_URL or AUTH_SECRET.
  if (!globalForPrisma.opvolgingPrisma) {
    const env = getEnv();
    globalForPrisma.opvolgingPrisma = createPrismaClient(env.DATABASE_URL, { max: env.DATABASE_POOL_MAX });
  }
  return globalForPrisma.opvolgingPrisma;
}

/** Closes the pool (on shutdown, after the last request); a later db() opens a new one. */
export async function closeDb(): Promise<void> {
  const client = globalForPrisma.opvolgingPrisma;
  globalForPrisma.opvolgingPrisma = undefined;
  await client?.$disconnect();
}

export type { PrismaClient };
