"use client";
// "Aanbeveling toevoegen" and "Aanbeveling bewerken": one form, shaped like the model form
// (components/action-items/progress-update-form.tsx). Editing carries the version it was
// rendered with; after any outcome but success the user's input stays in the fields. On
// success the server action moves on to the recommendation's page.
import Link from "next/link";
import { submittedValues, type FormAction } from "@/lib/actions/action-result";
import { CABINET_RESPONSES } from "@/lib/recommendations/recommendation-choices";
import { nl } from "@/lib/i18n/client/recommendations";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";

export type RecommendationFormValues = {
  evaluationId: string;
  number: string;
  title: string;
  text: string;
  titleEn: string;
  textEn: string;
  theme: string;
  cabinetResponse: string;
  leadOrganisationId: string;
};

type Props<T> = {
  action: FormAction<T>;
  evaluations: { id: string; title: string }[];
  organisations: { id: string; code: string; name: string }[];
  initial: RecommendationFormValues;
  /** Present when editing: the record and the version the form was rendered with. */
  edit?: { recommendationId: string; version: number };
  cancelHref: string;
};

export function RecommendationForm<T>({ action, evaluations, organisations, initial, edit, cancelHref }: Props<T>) {
  const { result, formAction, form, error } = useFormAction(action, "aanbeveling-melding");
  const submitted = submittedValues(result);
  const value = (field: keyof RecommendationFormValues) => submitted[field] ?? initial[field];
  const words = nl.recommendationDetail.form;

  return (
    <form ref={form} action={formAction} noValidate className="stacked-form">
      <FormResultNotice result={result} id="aanbeveling-melding" />
      {edit && (
        <>
          <input type="hidden" name="recommendationId" value={edit.recommendationId} />
          <input type="hidden" name="version" value={edit.version} />
        </>
      )}
      <SelectField
        id="aanbeveling-evaluatie"
        name="evaluationId"
        label={words.evaluation}
        error={error("evaluationId")}
        defaultValue={value("evaluationId")}
        required
        options={[
          { value: "", label: words.evaluationPlaceholder },
          ...evaluations.map((evaluation) => ({ value: evaluation.id, label: evaluation.title })),
        ]}
      />
      <TextField
        id="aanbeveling-nummer"
        name="number"
        label={words.number}
        hint={words.numberHint}
        error={error("number")}
        defaultValue={value("number")}
        required
        inputMode="numeric"
        autoComplete="off"
        size={5}
      />
      <TextField
        id="aanbeveling-titel"
        name="title"
        label={words.title}
        hint={words.titleHint}
        error={error("title")}
        defaultValue={value("title")}
        required
        maxLength={300}
        autoComplete="off"
      />
      <TextAreaField
        id="aanbeveling-tekst"
        name="text"
        label={words.text}
        error={error("text")}
        defaultValue={value("text")}
        aria-required
        maxLength={8000}
        rows={6}
      />
      <TextField
        id="aanbeveling-titel-en"
        name="titleEn"
        lang="en"
        label={words.titleEn}
        hint={words.englishHint}
        error={error("titleEn")}
        defaultValue={value("titleEn")}
        maxLength={300}
        autoComplete="off"
      />
      <TextAreaField
        id="aanbeveling-tekst-en"
        name="textEn"
        lang="en"
        label={words.textEn}
        error={error("textEn")}
        defaultValue={value("textEn")}
        maxLength={8000}
        rows={6}
      />
      <TextField
        id="aanbeveling-thema"
        name="theme"
        label={words.theme}
        hint={words.themeHint}
        error={error("theme")}
        defaultValue={value("theme")}
        required
        maxLength={120}
        autoComplete="off"
      />
      <SelectField
        id="aanbeveling-kabinetsreactie"
        name="cabinetResponse"
        label={words.cabinetResponse}
        error={error("cabinetResponse")}
        defaultValue={value("cabinetResponse")}
        required
        options={[
          { value: "", label: words.cabinetResponsePlaceholder },
          ...CABINET_RESPONSES.map((response) => ({ value: response, label: nl.cabinetResponse[response] })),
        ]}
      />
      <SelectField
        id="aanbeveling-organisatie"
        name="leadOrganisationId"
        label={words.lead}
        error={error("leadOrganisationId")}
        defaultValue={value("leadOrganisationId")}
        required
        options={[
          { value: "", label: words.leadPlaceholder },
          ...organisations.map((organisation) => ({
            value: organisation.id,
            label: `${organisation.name} (${organisation.code})`,
          })),
        ]}
      />
      <div className="form-buttons">
        <SubmitButton>{edit ? words.submitEdit : words.submitCreate}</SubmitButton>
        <Link className="utrecht-link" href={cancelHref}>
          {words.cancel}
        </Link>
      </div>
    </form>
  );
}
