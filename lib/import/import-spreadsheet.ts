// "Controleren" and "Importeren" (Coördinator): the uploaded spreadsheet read and checked,
// every row planned against the database; a check stops there and changes nothing. An
// import writes the rows in one transaction (lib/import/write-import.ts). The import must
// be of the very file that was checked (its SHA-256), so nobody imports what they have not
// seen. The form's Importeren runs the import as a job (lib/import/start-import-job.ts);
// this function's import does the same writes within the call.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { nl } from "@/lib/i18n/nl";
import { fileRefusal } from "@/lib/import/read-import-workbook";
import { planImport, type ImportPlan, type PlannedRow, type RowOutcome } from "@/lib/import/plan-import";
import { readUploadedImport } from "@/lib/import/read-uploaded-import";
import { writeImport } from "@/lib/import/write-import";
import { columnHeader } from "@/lib/import/import-columns";

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

export type ImportInput = { mode: ImportMode; file: File | null; checkedSha256?: string };

export async function importSpreadsheet({ actor, input }: { actor: Actor; input: ImportInput }): Promise<ImportReport> {
  assertCan(actor, "data:import");
  const started = performance.now();
  const workbook = await readUploadedImport(input.file);
  if (input.mode === "check") {
    const plan = await planImport(db(), workbook.rows);
    return report("check", false, workbook.sha256, plan, started);
  }
  if (input.checkedSha256 !== workbook.sha256) throw fileRefusal(nl.dataImport.notChecked);
  const { plan, imported } = await writeImport({ actor, rows: workbook.rows });
  return report("import", imported, workbook.sha256, plan, started);
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
