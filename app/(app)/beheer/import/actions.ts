"use server";
// "Controleren" and "Importeren" on /beheer/import: one form, the button pressed says which.
// Thin, as every form: the user, the file, the domain function, one result. The file is not
// kept between the two: the browser sends it again with Importeren, with the SHA-256 of the
// checked file, and the domain function queues only that very file, read once more. The
// import then runs as a job; the browser goes to its page, which follows it to the end.
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { formValues, toActionResult } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { importSpreadsheet, type ImportReport } from "@/lib/import/import-spreadsheet";
import { startImportJob } from "@/lib/import/start-import-job";
import { nl } from "@/lib/i18n/nl";

export async function importSpreadsheetAction(
  _previous: ActionResult<ImportReport>,
  formData: FormData,
): Promise<ActionResult<ImportReport>> {
  const actor = await requireUser();
  const values = formValues(formData);
  const file = formData.get("file") instanceof File ? (formData.get("file") as File) : null;
  let jobId: string;
  try {
    if (values.intent !== "import") {
      const report = await importSpreadsheet({ actor, input: { mode: "check", file } });
      return { status: "success", message: messageOf(report), data: report };
    }
    ({ jobId } = await startImportJob({
      actor,
      input: { file, checkedSha256: values.checkedSha256 || undefined },
    }));
  } catch (error) {
    return toActionResult(error, actor, values);
  }
  redirect(`/beheer/import/taak/${jobId}`);
}

function messageOf(report: ImportReport): string {
  const t = nl.dataImport;
  if (report.imported) return t.imported(t.rows(report.rowCount));
  if (report.errorCount > 0)
    return report.mode === "import"
      ? t.notImported(t.errors(report.errorCount))
      : t.checkedWithErrors(t.errors(report.errorCount));
  if (report.counts.NEW + report.counts.CHANGED === 0) return t.checkedNothing(t.rows(report.rowCount));
  return t.checked(t.rows(report.rowCount));
}
