"use client";
// "Intrekken" for one feed in the list; its outcome shows beside the button.
import { useActionState } from "react";
import { idle, type ActionResult } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/client/users";
import { FormResultNotice } from "@/components/forms/form-result-notice";

type Props = {
  action: (previous: ActionResult<{ feedId: string }>, formData: FormData) => Promise<ActionResult<{ feedId: string }>>;
  feedId: string;
  /** The accessible name: which feed, by its creation time. */
  label: string;
};

export function RevokeFeedForm({ action, feedId, label }: Props) {
  const [result, formAction, pending] = useActionState(action, idle);
  return (
    <form action={formAction} className="calendar-feed-revoke">
      <input type="hidden" name="feedId" value={feedId} />
      <button
        type="submit"
        className="utrecht-button utrecht-button--secondary-action"
        aria-label={label}
        aria-disabled={pending || undefined}
      >
        {nl.profile.feedRevoke}
      </button>
      {result.status !== "success" && <FormResultNotice result={result} id={`intrekken-${feedId}`} />}
    </form>
  );
}
