// The worker's side of a LETTER_PRINT job: the letter's newest version as Word and as PDF,
// each made and stored once (lib/letters/get-letter-file.ts). The print waits its turn in
// the print queue like a download, without being refused. Without Chromium only the Word
// file is made; the PDF download then says why there is none.
import "server-only";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { getLetterForExport } from "@/lib/letters/get-letter-for-export";
import { getLetterFile } from "@/lib/letters/get-letter-file";
import { pdfPrinterAvailable } from "@/lib/letters/print-pdf";
import type { LetterPrintJobInput } from "@/lib/letters/start-letter-print-job";
import { loadJobOwner } from "@/lib/jobs/load-job-owner";
import type { ClaimedJob } from "@/lib/jobs/run-background-job";
import type { JobProgress } from "@/lib/jobs/job-progress";

export type LetterPrintJobResult = { letterId: string; versionNumber: number; formats: string[] };

export async function runLetterPrintJob(job: ClaimedJob, progress: JobProgress): Promise<LetterPrintJobResult> {
  const input = job.input as LetterPrintJobInput | null;
  const actor = await loadJobOwner(job.ownerId);
  const letter = input ? await getLetterForExport({ actor, id: input.letterId }) : null;
  if (!letter) throw new AppError("NOT_FOUND", nl.letterExport.notFound);
  await progress.start(2);
  await getLetterFile(letter, "docx", { ownerId: null });
  await progress.advance();
  const formats = ["docx"];
  if (await pdfPrinterAvailable()) {
    await getLetterFile(letter, "pdf", { ownerId: null });
    formats.push("pdf");
  }
  await progress.advance();
  return { letterId: letter.id, versionNumber: letter.versionNumber, formats };
}
