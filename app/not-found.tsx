import type { Metadata } from "next";
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { Wordmark } from "@/components/layout/wordmark";
import { PageBody } from "@/components/layout/page-body";

export const metadata: Metadata = { title: nl.errors.notFoundTitle };

// The root not-found renders inside the root layout only (no route group's layout), so it
// brings the header and footer itself: a mistyped address still looks like the app.
export default function NotFound() {
  return (
    <>
      <header className="site-header">
        <div className="container site-header__bar">
          <Wordmark href="/" />
        </div>
      </header>
      <PageBody>
        <h1 className="utrecht-heading-1">{nl.errors.notFoundTitle}</h1>
        <p className="utrecht-paragraph">{nl.errors.notFound}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href="/aanbevelingen">
            {nl.errors.backHome}
          </Link>
        </p>
      </PageBody>
    </>
  );
}
