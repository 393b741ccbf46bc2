import { z } from "zod";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import { choice, optionalText, recordId, rowVersion } from "@/lib/validation/fields";

/** "Status wijzigen": a status from the transition table; the reason is required where the transition says so (checked by the domain). */
export const ChangeActionItemStatusSchema = z.object({
  actionItemId: recordId,
  version: rowVersion,
  status: choice(ACTION_STATUSES),
  reason: optionalText(2000),
});

/** The reason may be left out by callers other than the form (tests, scripts). */
export type ChangeActionItemStatusInput = Omit<z.infer<typeof ChangeActionItemStatusSchema>, "reason"> & {
  reason?: string;
};
