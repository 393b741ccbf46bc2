// Builds a PrismaClient on the pg driver adapter. Shared by the app (lib/db.ts), the
// seed and the tests; it holds no global state and reads no environment itself.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { UTC_SESSION_OPTIONS } from "@/lib/utc-session";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, options: UTC_SESSION_OPTIONS }) });
}

export type { PrismaClient };
