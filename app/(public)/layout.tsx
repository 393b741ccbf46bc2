import { Wordmark } from "@/components/layout/wordmark";
import { SiteFooter } from "@/components/layout/site-footer";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="container site-header__bar">
          <Wordmark href="/inloggen" />
        </div>
      </header>
      <main id="inhoud" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
