"use client";
// "Bewijsstuk toevoegen": a file or a link, each with a title. Which of the two fields shows
// follows the chosen kind through CSS alone (app/globals.css), so the form also works before
// its JavaScript has loaded. A file over the limit is stopped here before it is sent; the
// server checks everything again.
import { useState, type FormEvent } from "react";
import type { FormAction } from "@/lib/actions/action-result";
import type { AddedEvidence } from "@/lib/evidence/add-evidence-file";
import { EVIDENCE_ACCEPT, MAX_EVIDENCE_BYTES } from "@/lib/evidence/evidence-file-types";
import { formatFileSize } from "@/lib/evidence/file-size";
import { sanitiseFileName } from "@/lib/evidence/file-name";
import { nl } from "@/lib/i18n/client/action-items";
import { UPLOAD_READ_MEMORY_MB, UPLOAD_READ_SECONDS, ZIP_MAX_UNPACKED_MB } from "@/lib/uploads/upload-limits";
import { FieldFrame } from "@/components/forms/field";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";

type Props = {
  action: FormAction<AddedEvidence>;
  actionItemId: string;
};

export function AddEvidenceForm({ action, actionItemId }: Props) {
  const { result, formAction, form, values, error } = useFormAction(action, "bewijsstuk-melding");
  const [tooLarge, setTooLarge] = useState<string>();
  const kind = values.kind === "LINK" ? "LINK" : "FILE";
  const formKey = result.status === "success" ? result.data.evidenceId : "form";
  const fileError = tooLarge ?? error("file");

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (data.get("kind") === "FILE" && file instanceof File && file.size > MAX_EVIDENCE_BYTES) {
      event.preventDefault();
      setTooLarge(
        nl.evidence.fileTooLarge(
          sanitiseFileName(file.name) || nl.evidence.fileNameFallback,
          formatFileSize(file.size, { roundUp: true }),
        ),
      );
      event.currentTarget.querySelector<HTMLInputElement>("#bewijsstuk-bestand")?.focus();
      return;
    }
    setTooLarge(undefined);
  }

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={checkSize}
      noValidate
      className="stacked-form evidence-form"
      aria-labelledby="bewijsstuk-toevoegen-titel"
      key={formKey}
    >
      <h3 className="utrecht-heading-3" id="bewijsstuk-toevoegen-titel">
        {nl.evidence.addTitle}
      </h3>
      <FormResultNotice result={result} id="bewijsstuk-melding" />
      <input type="hidden" name="actionItemId" value={actionItemId} />

      <div className="utrecht-form-fieldset utrecht-form-fieldset--html-div">
        <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset evidence-form__kinds">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend utrecht-form-label">
            {nl.evidence.kindLegend}
          </legend>
          <KindOption
            id="bewijsstuk-soort-bestand"
            value="FILE"
            label={nl.evidence.kindFile}
            checked={kind === "FILE"}
          />
          <KindOption id="bewijsstuk-soort-link" value="LINK" label={nl.evidence.kindLink} checked={kind === "LINK"} />
        </fieldset>
      </div>

      <TextField
        id="bewijsstuk-titel"
        name="title"
        label={nl.evidence.titleLabel}
        hint={nl.evidence.titleHint}
        error={error("title")}
        defaultValue={values.title ?? ""}
        required
        maxLength={200}
        autoComplete="off"
      />
      <div className="evidence-form__file">
        <FieldFrame
          id="bewijsstuk-bestand"
          label={nl.evidence.fileLabel}
          hint={`${nl.evidence.fileHint} ${nl.evidence.fileReadLimits(UPLOAD_READ_SECONDS, UPLOAD_READ_MEMORY_MB, ZIP_MAX_UNPACKED_MB)}`}
          error={fileError}
          kind="file"
        >
          {(describedBy) => (
            <input
              type="file"
              id="bewijsstuk-bestand"
              name="file"
              accept={EVIDENCE_ACCEPT}
              className="evidence-form__file-input"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={describedBy}
              onChange={() => setTooLarge(undefined)}
            />
          )}
        </FieldFrame>
      </div>
      <div className="evidence-form__link">
        <TextField
          id="bewijsstuk-webadres"
          name="url"
          type="url"
          inputMode="url"
          label={nl.evidence.urlLabel}
          hint={nl.evidence.urlHint}
          error={error("url")}
          defaultValue={values.url ?? ""}
          maxLength={2000}
          autoComplete="off"
        />
      </div>
      <div>
        <SubmitButton>{nl.evidence.submit}</SubmitButton>
      </div>
    </form>
  );
}

function KindOption({
  id,
  value,
  label,
  checked,
}: {
  id: string;
  value: "FILE" | "LINK";
  label: string;
  checked: boolean;
}) {
  return (
    <div className="utrecht-form-field utrecht-form-field--radio">
      <div className="utrecht-form-field__input">
        <input
          type="radio"
          className="utrecht-radio-button utrecht-radio-button--html-input"
          id={id}
          name="kind"
          value={value}
          defaultChecked={checked}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--radio">
        <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
