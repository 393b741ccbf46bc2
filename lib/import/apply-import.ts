// Importeren: the plan's changes, through the same domain functions as the forms (create
// and update recommendation, create and update action, change deadline, progress update),
// in the caller's transaction, so each change is checked and audited as if typed by hand
// and the whole file commits or nothing does. A domain refusal names the row it came from.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db-transaction";
import { AppError, isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { createRecommendation } from "@/lib/recommendations/create-recommendation";
import { updateRecommendation } from "@/lib/recommendations/update-recommendation";
import { createActionItem } from "@/lib/action-items/create-action-item";
import { updateActionItem } from "@/lib/action-items/update-action-item";
import { addProgressUpdate } from "@/lib/action-items/add-progress-update";
import { changeDeadline } from "@/lib/deadline-changes/change-deadline";
import type { ImportOperation } from "@/lib/import/plan-import";

export async function applyImport(
  tx: Tx,
  actor: Actor,
  operations: readonly ImportOperation[],
  afterEach?: (operation: ImportOperation, index: number) => Promise<void>,
): Promise<void> {
  const recommendationIds = new Map<string, string>();
  for (const [index, operation] of operations.entries()) {
    try {
      await apply(tx, actor, operation, recommendationIds);
      await afterEach?.(operation, index);
    } catch (error) {
      // A refusal or a colleague's change stays what it is; anything else the domain finds
      // wrong is shown with its row.
      if (isAppError(error) && (error.code === "INVALID" || error.code === "NOT_FOUND")) {
        throw new AppError(
          "INVALID",
          nl.dataImport.rowFailed(operation.rowNumber, error.details.fieldError?.message ?? error.message),
        );
      }
      throw error;
    }
  }
}

async function apply(
  tx: Tx,
  actor: Actor,
  operation: ImportOperation,
  recommendationIds: Map<string, string>,
): Promise<void> {
  switch (operation.kind) {
    case "createRecommendation": {
      const { recommendationId } = await createRecommendation(
        { actor, input: { evaluationId: operation.evaluationId, number: operation.number, ...operation.fields } },
        tx,
      );
      recommendationIds.set(operation.key, recommendationId);
      return;
    }
    case "updateRecommendation": {
      await updateRecommendation(
        {
          actor,
          input: {
            recommendationId: operation.recommendationId,
            version: operation.version,
            evaluationId: operation.evaluationId,
            number: operation.number,
            ...operation.fields,
          },
        },
        tx,
      );
      recommendationIds.set(operation.key, operation.recommendationId);
      return;
    }
    case "createAction": {
      const recommendationId = operation.recommendationId ?? recommendationIds.get(operation.recommendationKey);
      if (!recommendationId) throw new AppError("NOT_FOUND", nl.actionDetail.formRecommendationUnknown);
      const { actionItemId } = await createActionItem(
        {
          actor,
          input: { recommendationId, reference: operation.reference, ...operation.fields, dueDate: operation.dueDate },
        },
        tx,
      );
      const percentDone = operation.percentDone === 0 ? undefined : operation.percentDone;
      await recordStatus(tx, actor, { actionItemId, version: 1, path: operation.statusPath, percentDone });
      return;
    }
    case "updateAction": {
      let version = operation.version;
      const moveDeadline = async () => {
        if (operation.newDueDate === undefined) return;
        ({ version } = await changeDeadline(
          {
            actor,
            input: {
              actionItemId: operation.actionItemId,
              version,
              newDueDate: operation.newDueDate,
              reason: nl.dataImport.deadlineReason,
            },
          },
          tx,
        ));
      };
      const updateDetails = async () => {
        if (!operation.fields) return;
        ({ version } = await updateActionItem(
          { actor, input: { actionItemId: operation.actionItemId, version, ...operation.fields } },
          tx,
        ));
      };
      if (operation.deadlineFirst) {
        await moveDeadline();
        await updateDetails();
      } else {
        await updateDetails();
        await moveDeadline();
      }
      await recordStatus(tx, actor, {
        actionItemId: operation.actionItemId,
        version,
        path: operation.statusPath,
        percentDone: operation.percentDone,
      });
      return;
    }
  }
}

/** Each status step a journal entry ("Voortgang toevoegen"), the percentage with the last; or the percentage alone. */
async function recordStatus(
  tx: Tx,
  actor: Actor,
  {
    actionItemId,
    version,
    path,
    percentDone,
  }: { actionItemId: string; version: number; path: readonly ActionStatus[]; percentDone?: number },
) {
  if (path.length === 0 && percentDone === undefined) return;
  const steps: (ActionStatus | undefined)[] = path.length > 0 ? [...path] : [undefined];
  let current = version;
  for (const [index, status] of steps.entries()) {
    const last = index === steps.length - 1;
    const recorded = await addProgressUpdate(
      {
        actor,
        input: {
          actionItemId,
          version: current,
          text: nl.dataImport.journalText,
          status,
          percentDone: last ? percentDone : undefined,
        },
      },
      tx,
    );
    current = recorded.version;
  }
}
