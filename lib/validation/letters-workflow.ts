// The Kamerbrief workflow's forms: each step names the letter and the version the user saw;
// "Terug naar concept" asks for a reason; "Markeren als verzonden" for the Kamerstuk
// (dossier and number) and the date it was sent.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { calendarDate, recordId, requiredText, rowVersion } from "@/lib/validation/fields";

const messages = nl.letterWorkflow.validation;

/** Ter review aanbieden, Vaststellen: nothing but the letter and its version. */
export const LetterStepSchema = z.object({
  letterId: recordId,
  version: rowVersion,
});
export type LetterStepInput = z.infer<typeof LetterStepSchema>;

/** Terug naar concept: with the reason, which the audit trail keeps. */
export const ReturnLetterToDraftSchema = LetterStepSchema.extend({
  reason: requiredText(messages.reasonLabel, 2000),
});
export type ReturnLetterToDraftInput = z.infer<typeof ReturnLetterToDraftSchema>;

/** Markeren als verzonden: the Kamerstuk it became ("26 485", nr. "12") and the date it was sent. */
export const MarkLetterSentSchema = LetterStepSchema.extend({
  dossier: requiredText(messages.dossierLabel, 40).regex(/^[0-9A-Za-z][0-9A-Za-z .-]*$/, messages.dossierInvalid),
  number: requiredText(messages.numberLabel, 20).regex(/^[0-9A-Za-z.-]+$/, messages.numberInvalid),
  sentOn: calendarDate,
});
export type MarkLetterSentInput = z.infer<typeof MarkLetterSentSchema>;
