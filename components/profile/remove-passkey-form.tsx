"use client";
// "Verwijderen" for one passkey in the list; its outcome shows beside the button.
import type { FormAction } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/passkeys";
import { FormResultNotice } from "@/components/forms/form-result-notice";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";

type Props = {
  action: FormAction<{ passkeyId: string }>;
  passkeyId: string;
  /** Hidden fields the action needs besides the passkey (the user, on a Beheerder's page). */
  extra?: Record<string, string>;
  /** The accessible name: which passkey, by its name. */
  label: string;
};

export function RemovePasskeyForm({ action, passkeyId, extra = {}, label }: Props) {
  const { result, formAction, form, noticeId } = useFormAction(action, `passkey-verwijderen-${passkeyId}`);
  return (
    <form ref={form} action={formAction} className="calendar-feed-revoke">
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="passkeyId" value={passkeyId} />
      <SubmitButton variant="secondary" aria-label={label} pendingLabel={false}>
        {nl.passkeys.remove}
      </SubmitButton>
      {result.status !== "success" && <FormResultNotice result={result} id={noticeId} />}
    </form>
  );
}
