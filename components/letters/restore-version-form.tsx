"use client";
// "Versie N herstellen": one button per older version; the new version gets the old text.
import type { FormAction } from "@/lib/actions/action-result";
import type { RestoredLetterVersion } from "@/lib/letters/restore-letter-version";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

type Props = {
  action: FormAction<RestoredLetterVersion>;
  letterId: string;
  version: number;
  versionNumber: number;
};

export function RestoreVersionForm({ action, letterId, version, versionNumber }: Props) {
  const noticeId = `herstel-${versionNumber}-melding`;
  const { result, formAction, form } = useFormAction(action, noticeId);
  return (
    <form ref={form} action={formAction} className="restore-version-form">
      <FormResultNotice result={result} id={noticeId} />
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="versionNumber" value={versionNumber} />
      <SubmitButton variant="secondary">{nl.letterEditor.restore(versionNumber)}</SubmitButton>
    </form>
  );
}
