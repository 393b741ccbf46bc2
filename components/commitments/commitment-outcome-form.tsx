"use client";
// "Status van de toezegging vastleggen": the status and, for (deels) voldaan, the sent
// document: one already registered, or a new one whose fields follow. Carries the version.
import { useActionState, useRef } from "react";
import { idle, fieldError, submittedValues, type ActionResult } from "@/lib/actions/action-result";
import type { RecordedCommitmentOutcome } from "@/lib/commitments/record-commitment-outcome";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums.ts";
import { nl } from "@/lib/i18n/client/commitments";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";

type Props = {
  action: (
    previous: ActionResult<RecordedCommitmentOutcome>,
    formData: FormData,
  ) => Promise<ActionResult<RecordedCommitmentOutcome>>;
  commitmentId: string;
  version: number;
  status: CommitmentStatus;
  documentId: string | null;
  documents: { value: string; label: string }[];
};

export function CommitmentOutcomeForm({ action, commitmentId, version, status, documentId, documents }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(result, form, "uitkomst-melding");
  const values = submittedValues(result);
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
        error={fieldError(result, "status")}
        defaultValue={values.status ?? status}
        required
        options={Object.entries(nl.commitments.status).map(([key, label]) => ({ value: key, label }))}
      />
      <SelectField
        id="uitkomst-document"
        name="documentId"
        label={words.document}
        error={fieldError(result, "documentId")}
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
          error={fieldError(result, "documentType")}
          defaultValue={values.documentType ?? ""}
          placeholder={words.typePlaceholder}
          options={Object.entries(nl.commitments.documentType).map(([key, label]) => ({ value: key, label }))}
        />
        <TextField
          id="uitkomst-dossier"
          name="dossier"
          label={words.dossier}
          hint={words.dossierHint}
          error={fieldError(result, "dossier")}
          defaultValue={values.dossier ?? ""}
          maxLength={40}
          autoComplete="off"
        />
        <TextField
          id="uitkomst-nummer"
          name="number"
          label={words.number}
          hint={words.numberHint}
          error={fieldError(result, "number")}
          defaultValue={values.number ?? ""}
          maxLength={20}
          autoComplete="off"
        />
        <TextField
          id="uitkomst-datum"
          name="documentDate"
          label={words.date}
          hint={words.dateHint}
          error={fieldError(result, "documentDate")}
          defaultValue={values.documentDate ?? ""}
          inputMode="numeric"
          autoComplete="off"
        />
        <TextField
          id="uitkomst-titel-document"
          name="documentTitle"
          label={words.docTitle}
          error={fieldError(result, "documentTitle")}
          defaultValue={values.documentTitle ?? ""}
          maxLength={500}
        />
        <TextField
          id="uitkomst-url"
          name="url"
          label={words.url}
          hint={words.urlHint}
          error={fieldError(result, "url")}
          defaultValue={values.url ?? ""}
          maxLength={1000}
          inputMode="url"
          autoComplete="off"
        />
        <TextField
          id="uitkomst-bron"
          name="documentSource"
          label={words.docSource}
          error={fieldError(result, "documentSource")}
          defaultValue={values.documentSource ?? ""}
          maxLength={1000}
        />
      </fieldset>
      <button
        type="submit"
        className="utrecht-button utrecht-button--primary-action"
        aria-disabled={pending || undefined}
      >
        {pending ? nl.forms.saving : words.submit}
      </button>
    </form>
  );
}
