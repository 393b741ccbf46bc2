"use client";
// Unexpected errors in the signed-in pages: a generic Dutch message and the reference
// code; the details stay in the server log.
import { ErrorNotice } from "@/components/layout/error-notice";
import { nl } from "@/lib/i18n/nl";

export default function SignedInErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} back={{ href: "/aanbevelingen", label: nl.errors.backHome }} />;
}
