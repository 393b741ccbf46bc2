// Counts the SQL statements a piece of domain code sends, to prove that a page costs the
// same number of queries at 100 rows as at 10,000 (no query per row).
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";

type Global = { opvolgingPrisma?: PrismaClient };

/**
 * Runs `work` with lib/db.ts's client replaced by one that counts its statements, and
 * returns the count with the result. Transactions' BEGIN/COMMIT are not counted.
 */
export async function countStatements<T>(
  databaseUrl: string,
  work: () => Promise<T>,
): Promise<{ statements: number; result: T }> {
  let statements = 0;
  const counting = createPrismaClient(databaseUrl, {
    onQuery: (event) => {
      if (!/^(BEGIN|COMMIT|ROLLBACK)\b/i.test(event.query)) statements += 1;
    },
  });
  const global = globalThis as Global;
  const previous = global.opvolgingPrisma;
  global.opvolgingPrisma = counting;
  try {
    const result = await work();
    return { statements, result };
  } finally {
    global.opvolgingPrisma = previous;
    await counting.$disconnect();
  }
}
