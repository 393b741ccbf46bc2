"use client";
// The import form: choose a file, "Controleren" (a dry run), and once the check found no
// errors and something to change, "Importeren". The submit is started by hand so that React
// does not reset the form afterwards: the chosen file stays, and Importeren sends the same
// file again with the SHA-256 of the checked one. Choosing another file hides Importeren.
import { startTransition, useState, type FormEvent } from "react";
import Link from "next/link";
import type { FormAction } from "@/lib/actions/action-result";
import type { ImportReport } from "@/lib/import/import-spreadsheet";
import { nl } from "@/lib/i18n/client/import";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { FieldFrame } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { ImportPreview } from "@/components/import/import-preview";

const t = nl.dataImport;

type Props = {
  action: FormAction<ImportReport>;
  maxBytes: number;
  hint: string;
};

export function ImportForm({ action, maxBytes, hint }: Props) {
  const { result, formAction, pending, form, noticeId, error } = useFormAction(action, "import-melding");
  const [intent, setIntent] = useState<"check" | "import">("check");
  const [fileChanged, setFileChanged] = useState(false);
  const [localError, setLocalError] = useState<string>();

  const report = result.status === "success" ? result.data : null;
  const canImport =
    report !== null &&
    report.mode === "check" &&
    report.errorCount === 0 &&
    report.counts.NEW + report.counts.CHANGED > 0 &&
    !fileChanged;
  const fileError = localError ?? (fileChanged ? undefined : error("file"));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    const file = data.get("file");
    // Refused here too, so a file over the limit is not sent at all.
    if (file instanceof File && file.size > maxBytes) {
      setLocalError(
        t.file.tooLarge(`${(file.size / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`),
      );
      return;
    }
    setLocalError(undefined);
    setFileChanged(false);
    setIntent(data.get("intent") === "import" ? "import" : "check");
    startTransition(() => formAction(data));
  }

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={submit}
      noValidate
      className="stacked-form import-form"
      aria-labelledby="import-upload-titel"
      aria-busy={pending || undefined}
    >
      <h2 className="utrecht-heading-2" id="import-upload-titel">
        {t.uploadTitle}
      </h2>
      <FormResultNotice
        result={
          result.status === "success" && (report?.errorCount ?? 0) > 0
            ? { ...result, status: "invalid", fieldErrors: {}, values: {} }
            : result
        }
        id={noticeId}
      />
      {report?.imported && (
        <p className="utrecht-paragraph">
          <Link href="/acties" className="utrecht-link">
            {t.toActions}
          </Link>
        </p>
      )}
      <FieldFrame id="import-bestand" label={t.fileLabel} hint={hint} error={fileError} kind="file">
        {(describedBy) => (
          <input
            type="file"
            id="import-bestand"
            name="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy}
            onChange={() => {
              setFileChanged(true);
              setLocalError(undefined);
            }}
          />
        )}
      </FieldFrame>
      {canImport && <input type="hidden" name="checkedSha256" value={report.sha256} />}
      <div className="import-form__buttons">
        <SubmitButton
          name="intent"
          value="check"
          variant={canImport ? "secondary" : "primary"}
          pending={pending}
          pendingLabel={false}
        >
          {t.check}
        </SubmitButton>
        {canImport && (
          <SubmitButton
            name="intent"
            value="import"
            pending={pending}
            pendingLabel={false}
            aria-describedby="import-uitleg"
          >
            {t.import}
          </SubmitButton>
        )}
      </div>
      {canImport && (
        <p className="utrecht-form-field-description" id="import-uitleg">
          {t.importHint}
        </p>
      )}
      {pending && (
        <div className="import-progress" role="status">
          <label htmlFor="import-voortgang">{intent === "import" ? t.importing : t.checking}</label>
          <progress id="import-voortgang" />
          <p className="utrecht-form-field-description">{t.pendingHint}</p>
        </div>
      )}
      {report && !pending && <ImportPreview report={report} />}
    </form>
  );
}
