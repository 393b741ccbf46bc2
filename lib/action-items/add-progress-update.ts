// "Voortgang toevoegen": the model of every write in the app. In one transaction: the
// permission (a Bijdrager only on their own organisation's actions), the version the user
// saw, the status transition, the journal entry, the action's new state and its audit event
// (see record-progress.ts, which "Status wijzigen" shares). The text is the journal entry and
// also the reason a coordinator-only transition (cancelling, reopening) asks for.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { recordProgress, type RecordedProgress } from "@/lib/action-items/record-progress";
import type { AddProgressUpdateInput } from "@/lib/validation/progress-update";

export type AddedProgressUpdate = RecordedProgress;

export async function addProgressUpdate(
  { actor, input }: { actor: Actor; input: AddProgressUpdateInput },
  tx?: Tx,
): Promise<AddedProgressUpdate> {
  return withTransaction(tx, (tx) =>
    recordProgress(tx, actor, {
      actionItemId: input.actionItemId,
      version: input.version,
      text: input.text,
      textEn: input.textEn,
      status: input.status,
      percentDone: input.percentDone,
      reason: input.text,
      statusRequired: false,
      fields: { status: "status", reason: "text" },
    }),
  );
}
