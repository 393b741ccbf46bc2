"use client";
// "Intrekken" for one API token in the list; its outcome shows beside the button.
import type { FormAction } from "@/lib/actions/action-result";
import { profileFormMessages } from "@/lib/i18n/profile-forms";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

// Only the forms' labels, not the whole users message file (see lib/i18n/profile-forms.ts).
const nl = { profile: profileFormMessages };

type Props = {
  action: FormAction<{ tokenId: string }>;
  tokenId: string;
  /** The accessible name: which token, by its name. */
  label: string;
};

export function RevokeApiTokenForm({ action, tokenId, label }: Props) {
  const { result, formAction, form, noticeId } = useFormAction(action, `token-intrekken-${tokenId}`);
  return (
    <form ref={form} action={formAction} className="calendar-feed-revoke">
      <input type="hidden" name="tokenId" value={tokenId} />
      <SubmitButton variant="secondary" aria-label={label} pendingLabel={false}>
        {nl.profile.tokenRevoke}
      </SubmitButton>
      {result.status !== "success" && <FormResultNotice result={result} id={noticeId} />}
    </form>
  );
}
