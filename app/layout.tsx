import type { Metadata } from "next";
import "./styles/utrecht-components.css";
import "./styles/voorbeeld-theme.css";
import "./globals.css";
import { nl } from "@/lib/i18n/nl";
import { DemoBanner } from "@/components/layout/demo-banner";

export const metadata: Metadata = {
  title: { default: nl.app.name, template: `%s — ${nl.app.name}` },
  description: nl.app.tagline,
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body className="voorbeeld-theme utrecht-document utrecht-document--surface">
        <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {nl.app.skipToContent}
        </a>
        <DemoBanner />
        {children}
      </body>
    </html>
  );
}
