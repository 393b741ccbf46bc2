// What a refused input must leave untouched: every row of every table. A row trigger on each
// table of the app's schema (installed in the test's own database, at the start) counts the
// rows written in committed transactions, so a check after each input is one tiny statement,
// and a table added later is counted without a change here.
import type { PrismaClient } from "@/lib/db-client";

// Tables a request writes even when its input is refused: the counters of sign-in and API
// attempts. Tokens, feeds and users carry "last used" stamps: only new and removed rows count.
const WRITTEN_BY_EVERY_REQUEST = new Set(["SignInThrottle", "ApiRateWindow"]);
const STAMPED_ON_USE = new Set(["ApiToken", "CalendarFeed", "User"]);

export async function installChangeCounter(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  await prisma.$executeRawUnsafe(`CREATE TABLE fuzz_change_counter (n bigint NOT NULL)`);
  await prisma.$executeRawUnsafe(`INSERT INTO fuzz_change_counter VALUES (0)`);
  await prisma.$executeRawUnsafe(`
    CREATE FUNCTION fuzz_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN UPDATE fuzz_change_counter SET n = n + 1; RETURN NULL; END $$`);
  for (const { name } of tables) {
    if (WRITTEN_BY_EVERY_REQUEST.has(name)) continue;
    const table = `"${name.replaceAll('"', '""')}"`;
    // A refusal is written on purpose (an audit event of the attempt): not counted.
    const events =
      name === "AuditEvent"
        ? `INSERT ON ${table} FOR EACH ROW WHEN (NEW."kind" <> 'PERMISSION_REFUSED')`
        : STAMPED_ON_USE.has(name)
          ? `INSERT OR DELETE ON ${table} FOR EACH ROW`
          : `INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW`;
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER fuzz_count_change AFTER ${events} EXECUTE FUNCTION fuzz_count_change()`,
    );
  }
}

/** The number of rows written so far (in committed transactions). */
export async function changeCount(prisma: PrismaClient): Promise<bigint> {
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT n FROM fuzz_change_counter`;
  return row!.n;
}
