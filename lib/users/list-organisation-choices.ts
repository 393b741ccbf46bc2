// The organisations a Beheerder can put a user in, for the user forms.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";

export type OrganisationChoice = { id: string; code: string; name: string };

export async function listOrganisationChoices({ actor }: { actor: Actor }): Promise<OrganisationChoice[]> {
  assertCan(actor, "users:manage");
  return db().organisation.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, name: true } });
}
