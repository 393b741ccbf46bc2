// "Concept-Kamerbrief maken" and "Opnieuw genereren": which commitment, and which letter at
// which version.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { recordId, rowVersion } from "@/lib/validation/fields";

export const CreateLetterDraftSchema = z.object({
  commitmentId: z.string().trim().min(1, nl.letterList.commitmentRequired).pipe(recordId),
});

/** "OESO-vervolgrapport maken": which evaluation of the Working Group. */
export const CreateOecdReportSchema = z.object({
  evaluationId: z.string().trim().min(1, nl.reports.evaluationRequired).pipe(recordId),
});

export const RegenerateLetterDraftSchema = z.object({
  letterDraftId: recordId,
  version: rowVersion,
});

export type CreateLetterDraftInput = z.infer<typeof CreateLetterDraftSchema>;
export type CreateOecdReportInput = z.infer<typeof CreateOecdReportSchema>;
export type RegenerateLetterDraftInput = z.infer<typeof RegenerateLetterDraftSchema>;
