"use client";
// Shown when the root layout itself fails. It replaces that layout, so it brings its own
// <html>, <body> and stylesheets, and looks like every other page (same font and header).
import "./styles/utrecht-components.css";
import "./styles/voorbeeld-theme.css";
import "./globals.css";
import { ErrorNotice } from "@/components/layout/error-notice";
import { errorPageMessages as nl } from "@/lib/i18n/error-pages";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="nl">
      <body className="voorbeeld-theme utrecht-document utrecht-document--surface">
        <title>{`${nl.errors.genericTitle} — ${nl.app.name}`}</title>
        <header className="site-header">
          <div className="container site-header__bar">
            <span className="wordmark">
              <span className="wordmark__name">{nl.app.name}</span>
              <span className="wordmark__tagline">{nl.app.wordmarkTagline}</span>
            </span>
          </div>
        </header>
        <main id="inhoud" className="container site-main">
          <ErrorNotice error={error} retry={retry} back={{ href: "/", label: nl.errors.backHome }} />
        </main>
      </body>
    </html>
  );
}
