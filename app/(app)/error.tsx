"use client";
// Unexpected errors in the signed-in pages: a generic Dutch message and the reference
// code; the details stay in the server log.
import { ErrorNotice } from "@/components/layout/error-notice";
import { errorPageMessages as nl } from "@/lib/i18n/error-pages";

export default function SignedInErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} back={{ href: "/aanbevelingen", label: nl.errors.backHome }} />;
}
