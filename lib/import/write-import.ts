// Importeren's writes: the checked rows planned again inside one transaction (one import at
// a time, against the data as it is now), nothing written if any row has an error, and
// otherwise every change made through the domain functions in that one transaction. A
// crash, a restart or a lost connection mid-way rolls the whole file back: nothing is ever
// half written. `progress` hears of each row as it is done (the job's progress bar).
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db-transaction";
import type { RawImportRow } from "@/lib/import/read-import-workbook";
import { planImport, type ImportPlan } from "@/lib/import/plan-import";
import { applyImport } from "@/lib/import/apply-import";

// The writes of 5,000 rows take tens of seconds; Prisma's default of 5 s is for a form.
const IMPORT_TIMEOUT_MS = 10 * 60_000;
const IMPORT_LOCK = 72_846_109;

export type ImportWriteProgress = {
  /** After planning: how many rows in all, and how many need no write (already done). */
  planned(total: number, unchanged: number): Promise<void>;
  /** After the writes of one row. */
  rowWritten(): Promise<void>;
};

export type ImportWrite = { plan: ImportPlan; imported: boolean };

export async function writeImport({
  actor,
  rows,
  progress,
  inTransaction,
}: {
  actor: Actor;
  rows: readonly RawImportRow[];
  progress?: ImportWriteProgress;
  /** For tests: called in the transaction after each row, to break it off mid-way. */
  inTransaction?: (tx: Tx) => Promise<void>;
}): Promise<ImportWrite> {
  return db().$transaction(
    async (tx) => {
      // One import at a time: a second waits here, then plans against what the first wrote.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
      const plan = await planImport(tx, rows);
      if (plan.rows.some((row) => row.outcome === "INVALID")) return { plan, imported: false };
      const unchanged = plan.rows.filter((row) => row.outcome === "UNCHANGED").length;
      await progress?.planned(plan.rows.length, unchanged);
      // A row may take more than one operation (a new recommendation and its first action).
      await applyImport(tx, actor, plan.operations, async (operation, index) => {
        await inTransaction?.(tx);
        if (plan.operations[index + 1]?.rowNumber !== operation.rowNumber) await progress?.rowWritten();
      });
      return { plan, imported: true };
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: 30_000 },
  );
}
