// What a refused input must leave untouched: every table's row count and the newest row
// version (PostgreSQL's xmin changes on every insert and update), in one statement over all
// tables of the app's schema, so that a table added later is covered without a change here.
import type { PrismaClient } from "@/lib/db-client";

// Tables a request touches even when its input is refused: the counters of sign-in and API
// attempts, and the "last used" stamps of tokens and feeds (their row counts still count).
const TOUCHED_BY_EVERY_REQUEST = new Set(["SignInThrottle", "ApiRateWindow"]);
const STAMPED_ON_USE = new Set(["ApiToken", "CalendarFeed", "User"]);

export type Fingerprint = Record<string, string>;

export async function databaseFingerprint(prisma: PrismaClient): Promise<Fingerprint> {
  const tables = await tablesOf(prisma);
  const parts = tables
    .filter((table) => !TOUCHED_BY_EVERY_REQUEST.has(table))
    .map((table) => {
      const quoted = `"${table.replaceAll('"', '""')}"`;
      // A refusal is written on purpose (an audit event of the attempt): left out of the count.
      const where = table === "AuditEvent" ? ` WHERE "kind"::text <> 'PERMISSION_REFUSED'` : "";
      const newest = STAMPED_ON_USE.has(table) ? "''" : "coalesce(max(xmin::text::bigint), 0)::text";
      return `SELECT '${table.replaceAll("'", "''")}' AS name, count(*)::text || '/' || ${newest} AS mark FROM ${quoted}${where}`;
    });
  const rows = await prisma.$queryRawUnsafe<{ name: string; mark: string }[]>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((row) => [row.name, row.mark]));
}

let cachedTables: string[] | undefined;
async function tablesOf(prisma: PrismaClient): Promise<string[]> {
  cachedTables ??= (
    await prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`
  ).map((row) => row.name);
  return cachedTables;
}
