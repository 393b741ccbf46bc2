// Builds a PrismaClient on the pg driver adapter. Shared by the app (lib/db.ts), the
// seed and the tests; it holds no global state and reads no environment itself.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { UTC_SESSION_OPTIONS } from "@/lib/utc-session";

export type QueryListener = (event: { query: string }) => void;

/**
 * `onQuery` sees every SQL statement sent (for tests that count them); `max` caps the pool's
 * connections (pg's default is 10; the app passes DATABASE_POOL_MAX, docs/production.md).
 */
export function createPrismaClient(
  databaseUrl: string,
  { onQuery, max }: { onQuery?: QueryListener; max?: number } = {},
): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    options: UTC_SESSION_OPTIONS,
    ...(max ? { max } : {}),
  });
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", onQuery);
  return client as unknown as PrismaClient;
}

export type { PrismaClient };
