"use client";
// "Afhandelen" of one remark (Coördinator), with an optional note on what was done.
import type { FormAction } from "@/lib/actions/action-result";
import type { ResolvedLetterRemark } from "@/lib/letters/resolve-letter-remark";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { TextAreaField } from "@/components/forms/text-area-field";

type Props = {
  action: FormAction<ResolvedLetterRemark>;
  letterId: string;
  remarkId: string;
  version: number;
  author: string;
};

export function ResolveRemarkForm({ action, letterId, remarkId, version, author }: Props) {
  const id = `afhandeling-${remarkId}`;
  const { result, formAction, form, values, error } = useFormAction(action, `${id}-melding`);
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
        error={error("resolution")}
        defaultValue={values.resolution ?? ""}
        maxLength={2000}
        rows={2}
      />
      <SubmitButton variant="secondary">{nl.letterEditor.resolve}</SubmitButton>
    </form>
  );
}
