// Builds a PrismaClient on the pg driver adapter. Shared by the app (lib/db.ts), the
// seed and the tests; it holds no global state and reads no environment itself.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client.ts";

// @prisma/adapter-pg assumes the session TimeZone is UTC: it writes instants as UTC wall
// times without an offset and, reading a timestamptz, relabels PostgreSQL's offset as
// +00:00 instead of converting (prisma/orm#26786, #28629). On a server whose default zone
// is Europe/Amsterdam (a Debian install, a Dutch managed service) every time Prisma reads
// or writes would be off by one or two hours. Pinning this client's sessions to UTC makes
// the adapter's assumption true; every other writer is safe through timestamptz
// (docs/decisions/009-timestamptz.md, prisma/timestamps.test.ts).
const UTC_SESSION = "-c TimeZone=UTC";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, options: UTC_SESSION }) });
}

export type { PrismaClient };
