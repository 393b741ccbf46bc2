// "Naam wijzigen" of one of the signed-in person's own views. Another person's view is
// "not found": its id says nothing about whether it exists.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { RenameViewInput } from "@/lib/validation/saved-view";
import { lockViewsOf, nameTaken, type SavedView } from "@/lib/saved-views/save-view";

export async function renameSavedView(
  { actor, input }: { actor: Actor; input: RenameViewInput },
  tx?: Tx,
): Promise<SavedView> {
  assertCan(actor, "recommendations:read");
  return withTransaction(tx, async (tx) => {
    await lockViewsOf(tx, actor.id);
    const view = await tx.savedView.findFirst({
      where: { id: input.viewId, userId: actor.id },
      select: { id: true, version: true },
    });
    if (!view) throw new AppError("NOT_FOUND", nl.savedViews.notFound);
    const sameName = await tx.savedView.findFirst({
      where: { userId: actor.id, name: { equals: input.name, mode: "insensitive" }, id: { not: view.id } },
      select: { id: true },
    });
    if (sameName) throw nameTaken();
    try {
      const { count } = await tx.savedView.updateMany({
        where: { id: view.id, userId: actor.id, version: input.version },
        data: { name: input.name, version: { increment: 1 } },
      });
      // Views are not audited (decision 039), so there is no colleague's change to name.
      if (count === 0)
        throw new AppError("CONFLICT", nl.savedViews.changedMeanwhile, {
          conflict: { changedBy: null, changedAt: null, changes: [] },
        });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw nameTaken();
      throw error;
    }
    return { viewId: view.id, name: input.name };
  });
}
