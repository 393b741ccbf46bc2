"use client";
// "Vernieuwen" in the list of calendar addresses: submits the form "Agenda-adres maken" (named
// by its id) with this address's id, so that the new address shows there. A second press before
// that form answers is ignored: it would ask to renew an address already renewed, and the
// refusal would replace the new address on the screen before it was copied.
import { useEffect, useState, type ReactNode } from "react";
import { FEED_FORM_ANSWERED_EVENT } from "@/components/profile/create-feed-form";

type Props = { formId: string; feedId: string; label: string; children: ReactNode };

export function RenewFeedButton({ formId, feedId, label, children }: Props) {
  const [sent, setSent] = useState(false);
  useEffect(() => {
    const form = document.getElementById(formId);
    const answered = () => setSent(false);
    form?.addEventListener(FEED_FORM_ANSWERED_EVENT, answered);
    return () => form?.removeEventListener(FEED_FORM_ANSWERED_EVENT, answered);
  }, [formId]);
  return (
    <button
      type="submit"
      form={formId}
      name="renewFeedId"
      value={feedId}
      className="utrecht-button utrecht-button--secondary-action"
      aria-label={label}
      aria-disabled={sent || undefined}
      onClick={(event) => {
        if (sent) event.preventDefault();
        else setSent(true);
      }}
    >
      {children}
    </button>
  );
}
