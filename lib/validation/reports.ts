// The report kinds' own forms (lib/reports/): accepting the Dutch text where English is
// missing (the items and a reason), and marking the OECD report sent (the day it went).
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { calendarDate, recordId, requiredText, rowVersion } from "@/lib/validation/fields";

/** "Recommendation:<id>:titleEn": what the missing-English list names. */
const itemKey = z
  .string()
  .regex(
    /^(Recommendation|ActionItem|ProgressUpdate):[A-Za-z0-9_-]{1,64}:(titleEn|textEn)$/,
    nl.reports.acceptUnknownItem,
  );

export const AcceptDutchTextSchema = z.object({
  letterId: recordId,
  // The checkboxes arrive as one field, one key per line (app/(app)/rapportages/[id]/actions.ts).
  items: z
    .string({ error: nl.reports.acceptNoItems })
    .transform((text) => [
      ...new Set(
        text
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(itemKey).min(1, nl.reports.acceptNoItems).max(2000, nl.reports.acceptNoItems)),
  reason: requiredText(nl.reports.acceptReasonLabel, 2000),
});
export type AcceptDutchTextInput = z.infer<typeof AcceptDutchTextSchema>;

export const MarkReportSentSchema = z.object({
  letterId: recordId,
  version: rowVersion,
  sentOn: calendarDate,
});
export type MarkReportSentInput = z.infer<typeof MarkReportSentSchema>;
