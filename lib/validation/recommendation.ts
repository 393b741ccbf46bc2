// The Coördinator's recommendation forms: create, edit, set and clear the status override.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { CABINET_RESPONSES, IMPLEMENTATION_STATUSES } from "@/lib/recommendations/recommendation-choices";
import { choice, optionalText, recordId, requiredText, rowVersion } from "@/lib/validation/fields";

const messages = nl.recommendationDetail.validation;

export const RECOMMENDATION_NUMBER_MAX = 999;

/** A choice from a select whose options are records: "" is "nothing chosen". */
function chosenRecord(message: string) {
  return z.string({ error: message }).trim().min(1, message).max(64, nl.forms.invalidId);
}

const recommendationNumber = z
  .string({ error: messages.numberRequired })
  .trim()
  .min(1, { error: messages.numberRequired, abort: true })
  .regex(/^\d{1,4}$/, messages.numberInvalid)
  .transform(Number)
  .pipe(z.number().int().min(1, messages.numberInvalid).max(RECOMMENDATION_NUMBER_MAX, messages.numberInvalid));

export const recommendationFields = {
  evaluationId: chosenRecord(messages.evaluationRequired),
  number: recommendationNumber,
  title: requiredText(messages.titleLabel, 300),
  text: requiredText(messages.textLabel, 8000),
  // English wording for the OECD report; "" is "not given" and clears it
  titleEn: optionalText(300).optional(),
  textEn: optionalText(8000).optional(),
  theme: requiredText(messages.themeLabel, 120),
  cabinetResponse: choice(CABINET_RESPONSES),
  leadOrganisationId: chosenRecord(messages.leadRequired),
};

export const CreateRecommendationSchema = z.object(recommendationFields);
export type CreateRecommendationInput = z.infer<typeof CreateRecommendationSchema>;

export const UpdateRecommendationSchema = z.object({
  recommendationId: recordId,
  version: rowVersion,
  ...recommendationFields,
});
export type UpdateRecommendationInput = z.infer<typeof UpdateRecommendationSchema>;

/** "Status vaststellen": the status on the internal scale, with a required reason. */
export const OverrideRecommendationStatusSchema = z.object({
  recommendationId: recordId,
  version: rowVersion,
  status: choice(IMPLEMENTATION_STATUSES),
  reason: requiredText(messages.reasonLabel, 2000),
});
export type OverrideRecommendationStatusInput = z.infer<typeof OverrideRecommendationStatusSchema>;

export const ClearRecommendationStatusOverrideSchema = z.object({ recommendationId: recordId, version: rowVersion });
export type ClearRecommendationStatusOverrideInput = z.infer<typeof ClearRecommendationStatusOverrideSchema>;
