// The app's one PrismaClient, created on first use so that `next build` needs no
// database. In development the instance survives hot reloads on globalThis.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { getEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { opvolgingPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.opvolgingPrisma ??= createPrismaClient(getEnv().DATABASE_URL);
  return globalForPrisma.opvolgingPrisma;
}

export type { PrismaClient };
