// "Deadline wijzigen" (a request, or a coordinator's direct change) and the coordinator's
// decision on a request ("Goedkeuren" / "Afwijzen").
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { calendarDate, choice, optionalText, recordId, requiredText, rowVersion } from "@/lib/validation/fields";

/** The new date must exist here; that it does not lie before the start date is the domain's check. */
export const DeadlineChangeSchema = z.object({
  actionItemId: recordId,
  version: rowVersion,
  newDueDate: calendarDate,
  reason: requiredText("een reden", 2000),
});

export type DeadlineChangeInput = z.infer<typeof DeadlineChangeSchema>;

export const DEADLINE_DECISIONS = ["APPROVE", "REJECT"] as const;

export const DecideDeadlineChangeSchema = z
  .object({
    deadlineChangeId: recordId,
    version: rowVersion,
    decision: choice(DEADLINE_DECISIONS),
    decisionNote: optionalText(2000),
  })
  .superRefine((input, context) => {
    if (input.decision === "REJECT" && !input.decisionNote) {
      context.addIssue({ code: "custom", path: ["decisionNote"], message: nl.actionDetail.decisionNoteRequired });
    }
  });

/** The note may be left out by callers other than the form (tests, scripts). */
export type DecideDeadlineChangeInput = Omit<z.infer<typeof DecideDeadlineChangeSchema>, "decisionNote"> & {
  decisionNote?: string;
};
