// "Status wijzigen": only the transitions of the one table, with the reason where the
// transition asks for one (Geannuleerd and reopening: coordinator only). The change is also
// a journal entry: the reason, or a standard sentence when none was given.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { nl } from "@/lib/i18n/nl";
import { recordProgress, type RecordedProgress } from "@/lib/action-items/record-progress";
import type { ChangeActionItemStatusInput } from "@/lib/validation/status-change";

export async function changeActionItemStatus(
  { actor, input }: { actor: Actor; input: ChangeActionItemStatusInput },
  tx?: Tx,
): Promise<RecordedProgress> {
  return withTransaction(tx, (tx) =>
    recordProgress(tx, actor, {
      actionItemId: input.actionItemId,
      version: input.version,
      text:
        input.reason ?? ((from, to) => nl.actionDetail.statusChangedText(nl.actionStatus[from], nl.actionStatus[to])),
      status: input.status,
      reason: input.reason,
      statusRequired: true,
      fields: { status: "status", reason: "reason" },
    }),
  );
}
