import { z } from "zod";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import {
  optionalChoice,
  optionalPercentage,
  optionalText,
  recordId,
  requiredText,
  rowVersion,
} from "@/lib/validation/fields";

/** "Voortgang toevoegen": text required, optionally a new status and percentage. */
export const AddProgressUpdateSchema = z.object({
  actionItemId: recordId,
  version: rowVersion,
  text: requiredText("de voortgang", 4000),
  textEn: optionalText(4000).optional(),
  status: optionalChoice(ACTION_STATUSES),
  percentDone: optionalPercentage,
});

export type AddProgressUpdateInput = z.infer<typeof AddProgressUpdateSchema>;
