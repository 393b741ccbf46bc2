// What every error page shows: a Dutch message, the reference code that also appears in
// the server log (Next's error digest), a way back. Never the error's message or stack:
// they can hold details of the database or the code that are not meant for the browser.
import { errorPageMessages as nl } from "@/lib/i18n/error-pages";

export type ErrorNoticeProps = {
  /** The thrown value as Next hands it to an error boundary. */
  error: unknown;
  /** Renders the failed segment again (Next's `retry`). */
  retry?: () => void;
  back: { href: string; label: string };
};

/** Next's digest of a server-side error; client-side errors have none. */
export function errorReference(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  const digest = (error as { digest: unknown }).digest;
  return typeof digest === "string" && /^[\w-]{1,64}$/.test(digest) ? digest : undefined;
}

export function ErrorNotice({ error, retry, back }: ErrorNoticeProps) {
  const reference = errorReference(error);
  return (
    <div className="error-notice">
      <h1 className="utrecht-heading-1">{nl.errors.genericTitle}</h1>
      <p className="utrecht-paragraph">{nl.errors.genericAdvice}</p>
      {reference && (
        <>
          <p className="utrecht-paragraph error-notice__reference">
            {nl.errors.reference}: <code className="error-notice__code">{reference}</code>
          </p>
          <p className="utrecht-paragraph meta">{nl.errors.referenceHint}</p>
        </>
      )}
      <div className="error-notice__actions">
        {retry && (
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => retry()}>
            {nl.errors.retry}
          </button>
        )}
        {/* A plain link, not next/link: after an error a full page load is the surest way back. */}
        <a className="utrecht-link" href={back.href}>
          {back.label}
        </a>
      </div>
    </div>
  );
}
