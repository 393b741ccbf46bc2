"use client";
// "Status van de toezegging vastleggen": the status and, for (deels) voldaan, the sent
// document: one already registered, or a new one whose fields follow. Carries the version.
import type { FormAction } from "@/lib/actions/action-result";
import type { RecordedCommitmentOutcome } from "@/lib/commitments/record-commitment-outcome";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/client/commitments";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";

type Props = {
  action: FormAction<RecordedCommitmentOutcome>;
  commitmentId: string;
  version: number;
  status: CommitmentStatus;
  documentId: string | null;
  documents: { value: string; label: string }[];
};

export function CommitmentOutcomeForm({ action, commitmentId, version, status, documentId, documents }: Props) {
  const { result, formAction, form, values, error } = useFormAction(action, "uitkomst-melding");
  const words = nl.commitments.outcome;
  const formKey = result.status === "success" ? `${result.data.version}` : "form";

  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="stacked-form"
      aria-labelledby="uitkomst-titel"
      key={formKey}
    >
      <h2 className="utrecht-heading-2" id="uitkomst-titel">
        {words.title}
      </h2>
      <p className="utrecht-paragraph">{words.intro}</p>
      <FormResultNotice result={result} id="uitkomst-melding" />
      <input type="hidden" name="commitmentId" value={commitmentId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        id="uitkomst-status"
        name="status"
        label={words.status}
        error={error("status")}
        defaultValue={values.status ?? status}
        required
        options={Object.entries(nl.commitments.status).map(([key, label]) => ({ value: key, label }))}
      />
      <SelectField
        id="uitkomst-document"
        name="documentId"
        label={words.document}
        error={error("documentId")}
        defaultValue={values.documentId ?? documentId ?? ""}
        placeholder={words.documentPlaceholder}
        options={[{ value: "nieuw", label: words.documentNew }, ...documents]}
      />
      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset new-document"
        aria-describedby="uitkomst-nieuw-hint"
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {words.newDocument}
        </legend>
        <p className="utrecht-form-field-description" id="uitkomst-nieuw-hint">
          {words.newDocumentHint}
        </p>
        <SelectField
          id="uitkomst-soort"
          name="documentType"
          label={words.type}
          error={error("documentType")}
          defaultValue={values.documentType ?? ""}
          placeholder={words.typePlaceholder}
          options={Object.entries(nl.commitments.documentType).map(([key, label]) => ({ value: key, label }))}
        />
        <TextField
          id="uitkomst-dossier"
          name="dossier"
          label={words.dossier}
          hint={words.dossierHint}
          error={error("dossier")}
          defaultValue={values.dossier ?? ""}
          maxLength={40}
          autoComplete="off"
        />
        <TextField
          id="uitkomst-nummer"
          name="number"
          label={words.number}
          hint={words.numberHint}
          error={error("number")}
          defaultValue={values.number ?? ""}
          maxLength={20}
          autoComplete="off"
        />
        <DateField
          id="uitkomst-datum"
          name="documentDate"
          label={words.date}
          hint={words.dateHint}
          error={error("documentDate")}
          submitted={values.documentDate}
        />
        <TextField
          id="uitkomst-titel-document"
          name="documentTitle"
          label={words.docTitle}
          error={error("documentTitle")}
          defaultValue={values.documentTitle ?? ""}
          maxLength={500}
        />
        <TextField
          id="uitkomst-url"
          name="url"
          label={words.url}
          hint={words.urlHint}
          error={error("url")}
          defaultValue={values.url ?? ""}
          maxLength={1000}
          inputMode="url"
          autoComplete="off"
        />
        <TextField
          id="uitkomst-bron"
          name="documentSource"
          label={words.docSource}
          error={error("documentSource")}
          defaultValue={values.documentSource ?? ""}
          maxLength={1000}
        />
      </fieldset>
      <SubmitButton>{words.submit}</SubmitButton>
    </form>
  );
}
