import { SiteFooter } from "@/components/layout/site-footer";

/** The main landmark (target of the skip link) followed by the footer. */
export function PageBody({ children }: { children: React.ReactNode }) {
  return (
    <>
      <main id="inhoud" className="container site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
