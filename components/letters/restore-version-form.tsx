"use client";
// "Versie N herstellen": one button per older version; the new version gets the old text.
import { useActionState, useRef } from "react";
import { idle, type ActionResult } from "@/lib/actions/action-result";
import type { RestoredLetterVersion } from "@/lib/letters/restore-letter-version";
import { nl } from "@/lib/i18n/client/letters";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { useFocusAfterSubmit } from "@/components/forms/use-focus-after-submit";

type Props = {
  action: (
    previous: ActionResult<RestoredLetterVersion>,
    formData: FormData,
  ) => Promise<ActionResult<RestoredLetterVersion>>;
  letterId: string;
  version: number;
  versionNumber: number;
};

export function RestoreVersionForm({ action, letterId, version, versionNumber }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  const form = useRef<HTMLFormElement>(null);
  const noticeId = `herstel-${versionNumber}-melding`;
  useFocusAfterSubmit(result, form, noticeId);
  return (
    <form ref={form} action={formAction} className="restore-version-form">
      <FormResultNotice result={result} id={noticeId} />
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="versionNumber" value={versionNumber} />
      <button
        type="submit"
        className="utrecht-button utrecht-button--secondary-action"
        aria-disabled={pending || undefined}
      >
        {pending ? nl.forms.saving : nl.letterEditor.restore(versionNumber)}
      </button>
    </form>
  );
}
