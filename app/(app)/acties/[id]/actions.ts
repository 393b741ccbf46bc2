"use server";
// The action page's forms. Each is thin: runFormAction does the user, the parse and the
// mapping of every outcome; the domain function does the rest. Every outcome re-renders the
// page, also a conflict: the page then shows the colleague's change and the current version,
// so a second submit of the kept input is a deliberate choice, not a lost update.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { addProgressUpdate, type AddedProgressUpdate } from "@/lib/action-items/add-progress-update";
import { changeActionItemStatus } from "@/lib/action-items/change-action-item-status";
import type { RecordedProgress } from "@/lib/action-items/record-progress";
import { requestDeadlineChange } from "@/lib/deadline-changes/request-deadline-change";
import { changeDeadline } from "@/lib/deadline-changes/change-deadline";
import { AddProgressUpdateSchema } from "@/lib/validation/progress-update";
import { AddProgressUpdateEnglishSchema } from "@/lib/validation/progress-update-english";
import {
  addProgressUpdateEnglish,
  type AddedProgressUpdateEnglish,
} from "@/lib/action-items/add-progress-update-english";
import { ChangeActionItemStatusSchema } from "@/lib/validation/status-change";
import { DeadlineChangeSchema } from "@/lib/validation/deadline-change";
import { formatCalendarDate, type CalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";

export async function addProgressUpdateAction(
  _previous: ActionResult<AddedProgressUpdate>,
  formData: FormData,
): Promise<ActionResult<AddedProgressUpdate>> {
  const result = await runFormAction({
    formData,
    schema: AddProgressUpdateSchema,
    run: (actor, input) => addProgressUpdate({ actor, input }),
    success: nl.actionDetail.progressAdded,
  });
  revalidateActionPage(formData);
  return result;
}

export async function changeStatusAction(
  _previous: ActionResult<RecordedProgress>,
  formData: FormData,
): Promise<ActionResult<RecordedProgress>> {
  const result = await runFormAction({
    formData,
    schema: ChangeActionItemStatusSchema,
    run: (actor, input) => changeActionItemStatus({ actor, input }),
    success: (data) => nl.actionDetail.statusChanged(nl.actionStatus[data.status]),
  });
  revalidateActionPage(formData);
  return result;
}

export async function requestDeadlineChangeAction(
  _previous: ActionResult<{ deadlineChangeId: string }>,
  formData: FormData,
): Promise<ActionResult<{ deadlineChangeId: string }>> {
  const result = await runFormAction({
    formData,
    schema: DeadlineChangeSchema,
    run: (actor, input) => requestDeadlineChange({ actor, input }),
    success: nl.actionDetail.deadlineRequested,
  });
  revalidateActionPage(formData);
  revalidatePath("/acties/deadlineverzoeken");
  return result;
}

export async function changeDeadlineAction(
  _previous: ActionResult<{ dueDate: CalendarDate; version: number }>,
  formData: FormData,
): Promise<ActionResult<{ dueDate: CalendarDate; version: number }>> {
  const result = await runFormAction({
    formData,
    schema: DeadlineChangeSchema,
    run: (actor, input) => changeDeadline({ actor, input }),
    success: (data) => nl.actionDetail.deadlineChanged(formatCalendarDate(data.dueDate)),
  });
  revalidateActionPage(formData);
  return result;
}

export async function addProgressUpdateEnglishAction(
  _previous: ActionResult<AddedProgressUpdateEnglish>,
  formData: FormData,
): Promise<ActionResult<AddedProgressUpdateEnglish>> {
  const result = await runFormAction({
    formData,
    schema: AddProgressUpdateEnglishSchema,
    run: (actor, input) => addProgressUpdateEnglish({ actor, input }),
    success: nl.actionDetail.progressEnglishSaved,
  });
  revalidateActionPage(formData);
  return result;
}

function revalidateActionPage(formData: FormData): void {
  revalidatePath(`/acties/${encodeURIComponent(String(formData.get("actionItemId")))}`);
}
