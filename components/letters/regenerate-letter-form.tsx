"use client";
// "Opnieuw genereren": a new version of the letter from today's data, for the letter page
// while its text may change. Carries the letter's row version: a colleague's step in between
// is a conflict, told with who and when, and nothing is generated over it.
import { useActionState, useRef } from "react";
import { idle, type ActionResult } from "@/lib/actions/action-result";
import type { RegeneratedLetterDraft } from "@/lib/letters/regenerate-letter-draft";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";

type Props = {
  action: (
    previous: ActionResult<RegeneratedLetterDraft>,
    formData: FormData,
  ) => Promise<ActionResult<RegeneratedLetterDraft>>;
  letterDraftId: string;
  /** LetterDraft.version as the page was rendered with it. */
  version: number;
};

export function RegenerateLetterForm({ action, letterDraftId, version }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  useFocusAfterSubmit(result, form, "opnieuw-genereren-melding");
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
      <button
        type="submit"
        className="utrecht-button utrecht-button--secondary-action"
        aria-describedby="opnieuw-genereren-uitleg"
        aria-disabled={pending || undefined}
      >
        {pending ? nl.forms.saving : words.regenerateSubmit}
      </button>
    </form>
  );
}
