// The people an action's contact person is chosen from: active users, grouped by
// organisation. The domain checks that the choice belongs to the action's organisation.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";

export type OptionGroup = { label: string; options: { value: string; label: string }[] };

export async function listContactOptions({
  actor,
  organisationIds,
}: {
  actor: Actor;
  /** Only the people of these organisations (those of the actions being assigned). */
  organisationIds?: readonly string[];
}): Promise<OptionGroup[]> {
  assertCan(actor, "actions:manage");
  const users = await db().user.findMany({
    where: { active: true, ...(organisationIds ? { organisationId: { in: [...organisationIds] } } : {}) },
    orderBy: [{ organisation: { code: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, organisation: { select: { code: true, name: true } } },
  });
  return groupBy(
    users,
    (u) => `${u.organisation.name} (${u.organisation.code})`,
    (u) => ({ value: u.id, label: `${u.name} (${u.organisation.code})` }),
  );
}

export function groupBy<T>(
  rows: T[],
  key: (row: T) => string,
  option: (row: T) => { value: string; label: string },
): OptionGroup[] {
  const groups = new Map<string, OptionGroup>();
  for (const row of rows) {
    const label = key(row);
    if (!groups.has(label)) groups.set(label, { label, options: [] });
    groups.get(label)!.options.push(option(row));
  }
  return [...groups.values()];
}
