"use client";
// "Afhandelen" of one remark (Coördinator), with an optional note on what was done.
import { useActionState, useRef } from "react";
import { idle, fieldError, submittedValues, type ActionResult } from "@/lib/actions/action-result";
import type { ResolvedLetterRemark } from "@/lib/letters/resolve-letter-remark";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";
import { TextAreaField } from "@/components/forms/text-area-field";

type Props = {
  action: (
    previous: ActionResult<ResolvedLetterRemark>,
    formData: FormData,
  ) => Promise<ActionResult<ResolvedLetterRemark>>;
  letterId: string;
  remarkId: string;
  version: number;
  author: string;
};

export function ResolveRemarkForm({ action, letterId, remarkId, version, author }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  const id = `afhandeling-${remarkId}`;
  useFocusAfterSubmit(result, form, `${id}-melding`);
  const values = submittedValues(result);
  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="stacked-form resolve-remark-form"
      aria-label={nl.letterEditor.resolveRemark(author)}
    >
      <FormResultNotice result={result} id={`${id}-melding`} />
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="remarkId" value={remarkId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        id={`${id}-tekst`}
        name="resolution"
        label={nl.letterEditor.resolution}
        error={fieldError(result, "resolution")}
        defaultValue={values.resolution ?? ""}
        maxLength={2000}
        rows={2}
      />
      <button
        type="submit"
        className="utrecht-button utrecht-button--secondary-action"
        aria-disabled={pending || undefined}
      >
        {pending ? nl.forms.saving : nl.letterEditor.resolve}
      </button>
    </form>
  );
}
