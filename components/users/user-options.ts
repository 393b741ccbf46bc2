// The choices of the user forms: roles in their Dutch names (in the order of nl.roles, from
// Lezer to Beheerder), organisations with name and code.
import { commonMessages as nl } from "@/lib/i18n/common";
import type { Role } from "@/lib/generated/prisma/enums.ts";

export type OrganisationOption = { id: string; code: string; name: string };

export function roleOptions() {
  return (Object.keys(nl.roles) as Role[]).map((role) => ({ value: role, label: nl.roles[role] }));
}

export function organisationOptions(organisations: readonly OrganisationOption[]) {
  return organisations.map((organisation) => ({
    value: organisation.id,
    label: `${organisation.name} (${organisation.code})`,
  }));
}
