"use client";
// "Bewerken" of one section: its heading (when it has one) and its text in the simple
// markup, or the summary table as lines with cells separated by " | ". The letter's row
// version travels along; after any outcome but success the user's input stays.
import type { FormAction } from "@/lib/actions/action-result";
import type { SavedLetterVersion } from "@/lib/letters/write-letter-version";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";

type Props = {
  action: FormAction<SavedLetterVersion>;
  letterId: string;
  version: number;
  sectionKey: string;
  /** Null for a section without a heading: it keeps having none. */
  heading: string | null;
  /** The body in markup, or the table rows as text. */
  body: string;
  /** The table's column names, for a table section. */
  columns: string[] | null;
};

export function LetterSectionForm({ action, letterId, version, sectionKey, heading, body, columns }: Props) {
  const id = `sectie-${sectionKey}-form`;
  const { result, formAction, form, values, error } = useFormAction(action, `${id}-melding`);
  const words = nl.letterEditor;
  // After a success the page shows the new version: a new key takes its text into the fields.
  const formKey = result.status === "success" ? `v${version}` : "form";
  const lines = body.split("\n").length;

  return (
    <form ref={form} action={formAction} noValidate className="stacked-form letter-edit-form" key={formKey}>
      <FormResultNotice result={result} id={`${id}-melding`} />
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="sectionKey" value={sectionKey} />
      {heading !== null && (
        <TextField
          id={`${id}-kop`}
          name="heading"
          label={words.sectionHeading}
          error={error("heading")}
          defaultValue={values.heading ?? heading}
          required
          autoComplete="off"
        />
      )}
      <TextAreaField
        id={`${id}-tekst`}
        name="body"
        label={columns ? words.tableBody : words.sectionBody}
        hint={columns ? words.tableBodyHint(columns.join(" | ")) : words.sectionBodyHint}
        error={error("body")}
        defaultValue={values.body ?? body}
        rows={Math.min(24, Math.max(8, lines + 3))}
        required
        maxLength={20_000}
        spellCheck
        lang="nl"
      />
      <SubmitButton>{words.save}</SubmitButton>
    </form>
  );
}
