"use client";
// Unexpected errors: a generic Dutch message; the details stay in the server log.
import { nl } from "@/lib/i18n/nl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">{nl.errors.generic}</p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={reset}>
        {nl.errors.retry}
      </button>
    </div>
  );
}
