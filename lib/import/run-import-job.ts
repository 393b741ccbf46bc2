// The worker's side of Importeren: the rows the user checked, written as that user (every
// domain function checks the permission again and writes its audit event) in one
// transaction (lib/import/write-import.ts), with the job's progress row by row. A row that
// became wrong since the check (a colleague changed the data) fails the whole job with the
// Dutch count of errors; nothing is written.
import "server-only";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { loadJobOwner } from "@/lib/jobs/load-job-owner";
import type { Tx } from "@/lib/db-transaction";
import type { RawImportRow } from "@/lib/import/read-import-workbook";
import { writeImport } from "@/lib/import/write-import";
import type { ClaimedJob } from "@/lib/jobs/run-background-job";
import type { JobProgress } from "@/lib/jobs/job-progress";

export type ImportJobInput = { sha256: string; rows: RawImportRow[] };
export type ImportJobResult = { rowCount: number; created: number; changed: number; unchanged: number };

export async function runImportJob(
  job: ClaimedJob,
  progress: JobProgress,
  { inTransaction }: { inTransaction?: (tx: Tx) => Promise<void> } = {},
): Promise<ImportJobResult> {
  const input = job.input as ImportJobInput | null;
  if (!input) throw new AppError("INVALID", nl.jobs.failed);
  const { plan, imported } = await writeImport({
    actor: await loadJobOwner(job.ownerId),
    rows: input.rows,
    inTransaction,
    progress: {
      planned: (total, unchanged) => progress.start(total, unchanged),
      rowWritten: () => progress.advance(),
    },
  });
  if (!imported) {
    const errors = plan.rows.reduce((sum, row) => sum + row.errors.length, 0);
    throw new AppError("INVALID", nl.dataImport.notImported(nl.dataImport.errors(errors)));
  }
  const count = (outcome: string) => plan.rows.filter((row) => row.outcome === outcome).length;
  return {
    rowCount: plan.rows.length,
    created: count("NEW"),
    changed: count("CHANGED"),
    unchanged: count("UNCHANGED"),
  };
}
