// The next free reference for a new action under a recommendation: "<number>.<n>", one more
// than the highest n in use. The recommendation row is locked first, so two coordinators
// adding an action at the same moment get 3.4 and 3.5, not a unique-key error.
import "server-only";
import type { Tx } from "@/lib/db-transaction";

export async function nextActionReference(tx: Tx, recommendation: { id: string; number: number }): Promise<string> {
  await tx.$queryRaw`SELECT id FROM "Recommendation" WHERE id = ${recommendation.id} FOR UPDATE`;
  // split_part, not substring(… FROM $1): a parameter typed as text turns substring into a regex match.
  const [row] = await tx.$queryRaw<{ highest: number | null }[]>`
    SELECT max(split_part(reference, '.', 2)::int) AS highest
    FROM "ActionItem"
    WHERE "recommendationId" = ${recommendation.id} AND reference ~ ${`^${recommendation.number}\\.[0-9]{1,6}$`}`;
  return `${recommendation.number}.${(row?.highest ?? 0) + 1}`;
}
