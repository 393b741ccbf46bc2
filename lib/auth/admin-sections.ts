// The sections under Beheer that an actor may use, in the order the tabs show them; the
// main navigation's Beheer item leads to the first. One list, so the item and the tabs agree.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { nl } from "@/lib/i18n/nl";

export function adminSections(actor: Pick<Actor, "role" | "organisationId">): { href: string; label: string }[] {
  const sections: { href: string; label: string }[] = [];
  if (can(actor, "users:manage")) sections.push({ href: "/beheer/gebruikers", label: nl.users.title });
  if (can(actor, "backup:download")) sections.push({ href: "/beheer/back-up", label: nl.backup.title });
  if (can(actor, "data:import")) sections.push({ href: "/beheer/import", label: nl.dataImport.title });
  return sections;
}
