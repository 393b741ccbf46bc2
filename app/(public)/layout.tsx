import { Wordmark } from "@/components/layout/wordmark";
import { PageBody } from "@/components/layout/page-body";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="site-header">
        <div className="container site-header__bar">
          <Wordmark href="/inloggen" />
        </div>
      </header>
      <PageBody>{children}</PageBody>
    </>
  );
}
