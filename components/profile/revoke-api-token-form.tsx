"use client";
// "Intrekken" for one API token in the list; its outcome shows beside the button.
import { useActionState } from "react";
import { idle, type ActionResult } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/users";
import { FormResultNotice } from "@/components/forms/form-result-notice";

type Props = {
  action: (
    previous: ActionResult<{ tokenId: string }>,
    formData: FormData,
  ) => Promise<ActionResult<{ tokenId: string }>>;
  tokenId: string;
  /** The accessible name: which token, by its name. */
  label: string;
};

export function RevokeApiTokenForm({ action, tokenId, label }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="calendar-feed-revoke">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button
        type="submit"
        className="utrecht-button utrecht-button--secondary-action"
        aria-label={label}
        aria-disabled={pending || undefined}
      >
        {nl.profile.tokenRevoke}
      </button>
      {result.status !== "success" && <FormResultNotice result={result} id={`token-intrekken-${tokenId}`} />}
    </form>
  );
}
