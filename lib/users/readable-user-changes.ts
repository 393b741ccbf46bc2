// A colleague's change to a user in words for the conflict notice: a role by its Dutch
// name, an organisation by its name and code instead of its id. One query, only when an
// organisation is among the changes.
import "server-only";
import { db } from "@/lib/db";
import { nl } from "@/lib/i18n/nl";
import type { ConflictChange } from "@/lib/errors";

const ROLE_NAMES = nl.roles as Record<string, string>;

export async function readableUserChanges(changes: readonly ConflictChange[]): Promise<ConflictChange[]> {
  const organisations = changes.some((change) => change.field === "organisationId")
    ? new Map(
        (await db().organisation.findMany({ select: { id: true, code: true, name: true } })).map((organisation) => [
          organisation.id,
          `${organisation.name} (${organisation.code})`,
        ]),
      )
    : new Map<string, string>();
  const inWords = (field: string, value: unknown) => {
    if (typeof value !== "string") return value;
    if (field === "role") return ROLE_NAMES[value] ?? value;
    if (field === "organisationId") return organisations.get(value) ?? value;
    return value;
  };
  return changes.map((change) => ({
    ...change,
    before: inWords(change.field, change.before),
    after: inWords(change.field, change.after),
  }));
}
