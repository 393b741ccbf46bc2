// The signed-in person's own saved views, by name: for the links on /acties and the
// management page. Nobody reads another person's views.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { actionListHref, parseActionListFilters } from "@/lib/validation/action-list-filters";

export type SavedViewRow = { id: string; name: string; href: string; version: number };

export async function listSavedViews({ actor }: { actor: Actor }): Promise<SavedViewRow[]> {
  assertCan(actor, "recommendations:read");
  // Served by the unique index on (userId, name).
  const views = await db().savedView.findMany({
    where: { userId: actor.id },
    orderBy: { name: "asc" },
    select: { id: true, name: true, query: true, version: true },
  });
  return views.map((view) => ({
    id: view.id,
    name: view.name,
    // Read once more through the list's schema: a parameter the list has since dropped is left out.
    href: actionListHref(parseActionListFilters(new URLSearchParams(view.query))),
    version: view.version,
  }));
}
