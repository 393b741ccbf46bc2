// "Weergave opslaan": names the list's current filters and sort for the signed-in person.
// At most SAVED_VIEWS_MAX per person, each name once. A lock per person makes the count and
// the insert one step, so two tabs saving at once cannot make the 21st.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { SaveViewInput } from "@/lib/validation/saved-view";
import { SAVED_VIEWS_MAX } from "@/lib/saved-views/saved-view-limits";

export type SavedView = { viewId: string; name: string };

export async function saveView({ actor, input }: { actor: Actor; input: SaveViewInput }, tx?: Tx): Promise<SavedView> {
  assertCan(actor, "recommendations:read");
  return withTransaction(tx, async (tx) => {
    await lockViewsOf(tx, actor.id);
    const [count, sameName] = await Promise.all([
      tx.savedView.count({ where: { userId: actor.id } }),
      tx.savedView.findFirst({
        where: { userId: actor.id, name: { equals: input.name, mode: "insensitive" } },
        select: { id: true },
      }),
    ]);
    if (sameName) throw nameTaken();
    if (count >= SAVED_VIEWS_MAX) throw new AppError("INVALID", nl.savedViews.limitReached(SAVED_VIEWS_MAX));
    try {
      const view = await tx.savedView.create({
        data: { userId: actor.id, name: input.name, query: input.query },
        select: { id: true, name: true },
      });
      return { viewId: view.id, name: view.name };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw nameTaken();
      throw error;
    }
  });
}

/** Serialises one person's saves and renames until the transaction ends (no row to lock for a count). */
export async function lockViewsOf(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`saved-views:${userId}`}, 0))`;
}

export function nameTaken(): AppError {
  return new AppError("INVALID", nl.savedViews.nameTaken, {
    fieldError: { field: "name", message: nl.savedViews.nameTaken },
  });
}
