"use client";
// "Opnieuw genereren": a new version of the letter from today's data, for the letter page
// while its text may change. Carries the letter's row version: a colleague's step in between
// is a conflict, told with who and when, and nothing is generated over it.
import type { FormAction } from "@/lib/actions/action-result";
import type { RegeneratedLetterDraft } from "@/lib/letters/regenerate-letter-draft";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

type Props = {
  action: FormAction<RegeneratedLetterDraft>;
  letterDraftId: string;
  /** LetterDraft.version as the page was rendered with it. */
  version: number;
};

export function RegenerateLetterForm({ action, letterDraftId, version }: Props) {
  const { result, formAction, form } = useFormAction(action, "opnieuw-genereren-melding");
  const words = nl.letterList;

  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="stacked-form letter-regenerate-form"
      aria-labelledby="opnieuw-genereren-titel"
    >
      <h2 className="utrecht-heading-2" id="opnieuw-genereren-titel">
        {words.regenerateTitle}
      </h2>
      <p className="utrecht-paragraph" id="opnieuw-genereren-uitleg">
        {words.regenerateIntro}
      </p>
      <FormResultNotice result={result} id="opnieuw-genereren-melding" />
      <input type="hidden" name="letterDraftId" value={letterDraftId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton variant="secondary" aria-describedby="opnieuw-genereren-uitleg">
        {words.regenerateSubmit}
      </SubmitButton>
    </form>
  );
}
