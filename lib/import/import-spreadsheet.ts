// "Controleren" and "Importeren" (Coördinator): the uploaded spreadsheet read and checked,
// every row planned against the database; a check stops there and changes nothing. An
// import plans again inside its own transaction (one import at a time, against the data as
// it is now), writes nothing if any row has an error, and otherwise makes every change
// through the domain functions in that one transaction. The import must be of the very
// file that was checked (its SHA-256), so nobody imports what they have not seen.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { nl } from "@/lib/i18n/nl";
import { fileRefusal, readImportWorkbook } from "@/lib/import/read-import-workbook";
import { formatFileSize } from "@/lib/evidence/file-size";
import { planImport, type ImportPlan, type PlannedRow, type RowOutcome } from "@/lib/import/plan-import";
import { applyImport } from "@/lib/import/apply-import";
import { MAX_IMPORT_BYTES, columnHeader } from "@/lib/import/import-columns";

export type ImportMode = "check" | "import";

/** The preview shows all rows of a small file; of a large one the rows that are not unchanged, up to this many. */
export const PREVIEW_ROWS = 200;
export const PREVIEW_ERRORS = 500;

export type ImportReport = {
  mode: ImportMode;
  /** Whether the changes were written (an import without errors). */
  imported: boolean;
  sha256: string;
  rowCount: number;
  counts: Record<RowOutcome, number>;
  errorCount: number;
  errors: { rowNumber: number; column: string; message: string }[];
  rows: Omit<PlannedRow, "errors">[];
  milliseconds: number;
};

// The writes of 5,000 rows take far longer than a form's; Prisma's default of 5 s is for a form.
const IMPORT_TIMEOUT_MS = 10 * 60_000;
const IMPORT_LOCK = 72_846_109;

export type ImportInput = { mode: ImportMode; file: File | null; checkedSha256?: string };

export async function importSpreadsheet({ actor, input }: { actor: Actor; input: ImportInput }): Promise<ImportReport> {
  assertCan(actor, "data:import");
  const started = performance.now();
  // A browser posts an empty, nameless file when none was chosen.
  if (!input.file || (input.file.size === 0 && input.file.name === "")) throw fileRefusal(nl.dataImport.fileRequired);
  // Refused on its size before its bytes are read into memory.
  if (input.file.size > MAX_IMPORT_BYTES)
    throw fileRefusal(nl.dataImport.file.tooLarge(formatFileSize(input.file.size, { roundUp: true })));
  const workbook = await readImportWorkbook(new Uint8Array(await input.file.arrayBuffer()));
  if (input.mode === "check") {
    const plan = await planImport(db(), workbook.rows);
    return report("check", false, workbook.sha256, plan, started);
  }
  if (input.checkedSha256 !== workbook.sha256) throw fileRefusal(nl.dataImport.notChecked);
  return db().$transaction(
    async (tx) => {
      // One import at a time: a second waits here, then plans against what the first wrote.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
      const plan = await planImport(tx, workbook.rows);
      if (plan.rows.some((row) => row.outcome === "INVALID"))
        return report("import", false, workbook.sha256, plan, started);
      await applyImport(tx, actor, plan.operations);
      return report("import", true, workbook.sha256, plan, started);
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: 30_000 },
  );
}

function report(mode: ImportMode, imported: boolean, sha256: string, plan: ImportPlan, started: number): ImportReport {
  const counts: Record<RowOutcome, number> = { NEW: 0, CHANGED: 0, UNCHANGED: 0, INVALID: 0 };
  for (const row of plan.rows) counts[row.outcome]++;
  const errors = plan.rows.flatMap((row) =>
    row.errors.map((error) => ({
      rowNumber: row.rowNumber,
      column: columnHeader(error.column),
      message: error.message,
    })),
  );
  const shown =
    plan.rows.length <= PREVIEW_ROWS
      ? plan.rows
      : plan.rows.filter((row) => row.outcome !== "UNCHANGED").slice(0, PREVIEW_ROWS);
  return {
    mode,
    imported,
    sha256,
    rowCount: plan.rows.length,
    counts,
    errorCount: errors.length,
    errors: errors.slice(0, PREVIEW_ERRORS),
    rows: shown.map(({ rowNumber, label, outcome, changes }) => ({ rowNumber, label, outcome, changes })),
    milliseconds: Math.round(performance.now() - started),
  };
}
