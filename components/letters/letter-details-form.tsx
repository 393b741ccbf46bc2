"use client";
// "Briefhoofd en ondertekening bewerken": Datum, Betreft, Ons kenmerk, and per signatory a
// block with titel and naam; one empty block more to add a signatory.
import { fieldError, type FormAction } from "@/lib/actions/action-result";
import type { SavedLetterVersion } from "@/lib/letters/write-letter-version";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextField } from "@/components/forms/text-field";
import { DateField } from "@/components/forms/date-field";

type Props = {
  action: FormAction<SavedLetterVersion>;
  letterId: string;
  version: number;
  letterhead: { date: string; subject: string; reference: string };
  signatories: { title: string; name: string }[];
  /** The most blocks the form may show (LETTER_LIMITS.signatories). */
  maxSignatories: number;
};

export function LetterDetailsForm({ action, letterId, version, letterhead, signatories, maxSignatories }: Props) {
  const { result, formAction, form, values, error } = useFormAction(action, "briefhoofd-melding");
  const words = nl.letterEditor;
  const formKey = result.status === "success" ? `v${version}` : "form";
  const blocks = [...signatories, { title: "", name: "" }].slice(0, maxSignatories);

  return (
    <form ref={form} action={formAction} noValidate className="stacked-form letter-edit-form" key={formKey}>
      <FormResultNotice result={result} id="briefhoofd-melding" />
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="version" value={version} />
      <DateField
        id="briefhoofd-datum"
        name="date"
        label={words.date}
        hint={words.dateHint}
        error={error("date")}
        submitted={values.date}
        date={letterhead.date}
        required
      />
      <TextField
        id="briefhoofd-betreft"
        name="subject"
        label={words.subject}
        error={error("subject")}
        defaultValue={values.subject ?? letterhead.subject}
        required
        autoComplete="off"
      />
      <TextField
        id="briefhoofd-kenmerk"
        name="reference"
        label={words.reference}
        error={error("reference")}
        defaultValue={values.reference ?? letterhead.reference}
        autoComplete="off"
      />
      <p className="utrecht-paragraph form-hint">{words.signatoriesHint}</p>
      {blocks.map((block, index) => (
        <fieldset className="utrecht-form-fieldset letter-signatory-fieldset" key={index}>
          <legend className="utrecht-form-fieldset__legend">
            {index < signatories.length ? words.signatory(index + 1) : words.signatoryNew}
          </legend>
          <TextField
            id={`ondertekenaar-${index}-titel`}
            name={`signatories.${index}.title`}
            label={words.signatoryTitle}
            hint={index === 0 ? words.signatoryTitleHint : undefined}
            error={fieldError(result, `signatories.${index}.title`)}
            defaultValue={values[`signatories.${index}.title`] ?? block.title}
            autoComplete="off"
          />
          <TextField
            id={`ondertekenaar-${index}-naam`}
            name={`signatories.${index}.name`}
            label={words.signatoryName}
            error={fieldError(result, `signatories.${index}.name`)}
            defaultValue={values[`signatories.${index}.name`] ?? block.name}
            autoComplete="off"
          />
        </fieldset>
      ))}
      <SubmitButton>{words.save}</SubmitButton>
    </form>
  );
}
