// "Verwijderen": one of the signed-in person's own views. Another person's view, or one
// already gone (a second tab), is "not found".
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { DeleteViewInput } from "@/lib/validation/saved-view";
import type { SavedView } from "@/lib/saved-views/save-view";

export async function deleteSavedView(
  { actor, input }: { actor: Actor; input: DeleteViewInput },
  tx?: Tx,
): Promise<SavedView> {
  assertCan(actor, "recommendations:read");
  return withTransaction(tx, async (tx) => {
    const view = await tx.savedView.findFirst({
      where: { id: input.viewId, userId: actor.id },
      select: { id: true, name: true },
    });
    if (!view) throw new AppError("NOT_FOUND", nl.savedViews.notFound);
    await tx.savedView.deleteMany({ where: { id: view.id, userId: actor.id } });
    return { viewId: view.id, name: view.name };
  });
}
