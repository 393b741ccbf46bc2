// /beheer/import/taak/[id]: an import running as a job, followed to its end. Works without
// client JavaScript: while the job is queued or running the page refreshes itself every
// two seconds (<meta http-equiv="refresh">), then shows the result or the Dutch reason.
// Only the one who started it, or a Coördinator, may see it (getBackgroundJob).
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { recordId } from "@/lib/validation/fields";
import { getBackgroundJob, type BackgroundJobStatus } from "@/lib/jobs/get-background-job";
import type { ImportJobResult } from "@/lib/import/run-import-job";
import { JobProgress } from "@/components/jobs/job-progress";

export const metadata: Metadata = { title: nl.dataImport.jobTitle };

const t = nl.dataImport;
const REFRESH_SECONDS = 2;

type Props = { params: Promise<{ id: string }> };

export default async function ImportJobPage({ params }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  if (!recordId.safeParse(id).success) notFound();
  let job: BackgroundJobStatus;
  try {
    job = await getBackgroundJob({ actor, jobId: id });
  } catch (error) {
    if (isAppError(error) && error.code === "FORBIDDEN") forbidden();
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  if (job.kind !== "IMPORT") notFound();
  const busy = job.state === "QUEUED" || job.state === "RUNNING";
  const result = job.state === "SUCCEEDED" ? (job.result as ImportJobResult) : null;

  return (
    <>
      {busy && <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} />}
      <h1 className="utrecht-heading-1">{t.jobTitle}</h1>
      {busy && (
        <>
          <p className="utrecht-paragraph lead prose">{job.state === "QUEUED" ? t.jobQueued : t.jobRunning}</p>
          <JobProgress
            label={nl.jobs.progressLabel}
            done={job.done}
            total={job.total}
            queued={job.state === "QUEUED"}
          />
          <p className="utrecht-form-field-description">{nl.jobs.refreshHint}</p>
        </>
      )}
      {result && (
        <>
          <div className="utrecht-alert form-alert form-alert--ok" role="status">
            <p className="utrecht-paragraph">{t.jobSucceeded(t.rows(result.rowCount))}</p>
          </div>
          <ul className="import-summary" aria-label={t.jobCountsCaption}>
            {(["created", "changed", "unchanged"] as const).map((key) => (
              <li key={key} className="import-summary__item">
                {t.jobCounts[key]}: <span className="import-summary__value">{result[key].toLocaleString("nl-NL")}</span>
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph">
            <Link href="/acties" className="utrecht-link">
              {t.toActions}
            </Link>
          </p>
        </>
      )}
      {job.state === "FAILED" && (
        <div className="utrecht-alert utrecht-alert--error form-alert" role="alert">
          <p className="utrecht-paragraph">{t.jobFailed}</p>
          {job.error && <p className="utrecht-paragraph">{job.error}</p>}
        </div>
      )}
      {!busy && (
        <p className="utrecht-paragraph">
          <Link href="/beheer/import" className="utrecht-link">
            {t.backToImport}
          </Link>
        </p>
      )}
    </>
  );
}
