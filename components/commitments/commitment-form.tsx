"use client";
// "Toezegging toevoegen" and "Toezegging bewerken": one form, shaped like the model form
// (components/action-items/progress-update-form.tsx). The linked recommendations are a
// checkbox list per evaluation. Editing carries the version it was rendered with; after any
// outcome but success the user's input stays. On success the action moves on to the page.
import Link from "next/link";
import { submittedValues, type FormAction } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/commitments";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";

export type CommitmentFormValues = {
  title: string;
  originalWording: string;
  dueDate: string;
  origin: string;
  originDocumentId: string;
  originDescription: string;
  responsibleMinister: string;
  source: string;
  recommendationIds: string[];
};

type Props<T> = {
  action: FormAction<T>;
  documents: { value: string; label: string }[];
  evaluations: { id: string; title: string; recommendations: { id: string; label: string }[] }[];
  initial: CommitmentFormValues;
  /** Present when editing: the record and the version the form was rendered with. */
  edit?: { commitmentId: string; version: number };
  cancelHref: string;
};

// Kept in step with RECOMMENDATION_FIELD_PREFIX (lib/validation/commitment.ts), which a
// client component may not import alongside the server-side schema's dependencies.
const PREFIX = "recommendation:";

export function CommitmentForm<T>({ action, documents, evaluations, initial, edit, cancelHref }: Props<T>) {
  const { result, formAction, form, error } = useFormAction(action, "toezegging-melding");
  const submitted = submittedValues(result);
  const hasSubmitted = Object.keys(submitted).length > 0;
  const value = (field: Exclude<keyof CommitmentFormValues, "recommendationIds">) => submitted[field] ?? initial[field];
  const isLinked = (id: string) =>
    hasSubmitted ? submitted[`${PREFIX}${id}`] === "on" : initial.recommendationIds.includes(id);
  const words = nl.commitments.form;
  const recommendationsError = error("recommendationIds");

  return (
    <form ref={form} action={formAction} noValidate className="stacked-form">
      <FormResultNotice result={result} id="toezegging-melding" />
      {edit && (
        <>
          <input type="hidden" name="commitmentId" value={edit.commitmentId} />
          <input type="hidden" name="version" value={edit.version} />
        </>
      )}
      <TextField
        id="toezegging-titel"
        name="title"
        label={words.title}
        error={error("title")}
        defaultValue={value("title")}
        required
        maxLength={300}
      />
      <TextAreaField
        id="toezegging-formulering"
        name="originalWording"
        label={words.originalWording}
        hint={words.originalWordingHint}
        error={error("originalWording")}
        defaultValue={value("originalWording")}
        required
        maxLength={1000}
        rows={3}
      />
      <DateField
        id="toezegging-termijn"
        name="dueDate"
        label={words.dueDate}
        hint={words.dueDateHint}
        error={error("dueDate")}
        submitted={submitted.dueDate}
        date={initial.dueDate}
        required
      />
      <SelectField
        id="toezegging-herkomst"
        name="origin"
        label={words.origin}
        error={error("origin")}
        defaultValue={value("origin")}
        placeholder={words.originPlaceholder}
        required
        options={Object.entries(nl.commitments.origin).map(([key, label]) => ({ value: key, label }))}
      />
      <SelectField
        id="toezegging-kamerstuk"
        name="originDocumentId"
        label={words.originDocument}
        hint={words.originDocumentHint}
        error={error("originDocumentId")}
        defaultValue={value("originDocumentId")}
        placeholder={words.originDocumentPlaceholder}
        options={documents}
      />
      <TextAreaField
        id="toezegging-debat"
        name="originDescription"
        label={words.originDescription}
        hint={words.originDescriptionHint}
        error={error("originDescription")}
        defaultValue={value("originDescription")}
        maxLength={2000}
        rows={3}
      />
      <TextField
        id="toezegging-bewindspersoon"
        name="responsibleMinister"
        label={words.minister}
        error={error("responsibleMinister")}
        defaultValue={value("responsibleMinister")}
        required
        maxLength={300}
      />
      <TextAreaField
        id="toezegging-bron"
        name="source"
        label={words.source}
        hint={words.sourceHint}
        error={error("source")}
        defaultValue={value("source")}
        required
        maxLength={1000}
        rows={2}
      />
      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset commitment-recommendations"
        aria-describedby={["toezegging-aanbevelingen-hint", recommendationsError ? "toezegging-aanbevelingen-fout" : ""]
          .filter(Boolean)
          .join(" ")}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {words.recommendations}
        </legend>
        <p className="utrecht-form-field-description" id="toezegging-aanbevelingen-hint">
          {words.recommendationsHint}
        </p>
        {recommendationsError && (
          <p className="utrecht-form-field-error-message" id="toezegging-aanbevelingen-fout">
            {recommendationsError}
          </p>
        )}
        {evaluations.map((evaluation) => (
          <fieldset
            key={evaluation.id}
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset commitment-recommendations__group"
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend commitment-recommendations__evaluation">
              {evaluation.title}
            </legend>
            {evaluation.recommendations.map((recommendation) => {
              const id = `toezegging-aanbeveling-${recommendation.id}`;
              return (
                <CheckboxField
                  key={`${recommendation.id}-${String(isLinked(recommendation.id))}`}
                  id={id}
                  name={`${PREFIX}${recommendation.id}`}
                  defaultChecked={isLinked(recommendation.id)}
                  label={recommendation.label}
                />
              );
            })}
          </fieldset>
        ))}
      </fieldset>
      <div className="form-buttons">
        <SubmitButton>{edit ? words.submitEdit : words.submitNew}</SubmitButton>
        <Link className="utrecht-link" href={cancelHref}>
          {words.cancel}
        </Link>
      </div>
    </form>
  );
}
