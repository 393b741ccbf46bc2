// Beheer's sections as tabs, each shown only to whoever may use it: Gebruikers and Back-up
// for the Beheerder, Importeren uit Excel for the Coördinator. Each page checks its own
// permission again; the tabs only spare a user links that would refuse them.
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/require-user";
import { adminSections } from "@/lib/auth/admin-sections";
import { nl } from "@/lib/i18n/nl";
import { SubNavigation } from "@/components/layout/sub-navigation";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser();
  const sections = adminSections(actor);
  return (
    <>
      {sections.length > 1 && (
        <SubNavigation
          label={nl.nav.adminSections}
          items={sections.map((section) => ({ ...section, section: true }))}
        />
      )}
      {children}
    </>
  );
}
