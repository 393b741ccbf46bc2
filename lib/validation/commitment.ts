// The Coördinator's commitment form (toevoegen and bewerken): the promise, its concrete date,
// where it was made (a Kamerstuk to choose, or a debate to describe) and the recommendations
// it is about. The checkboxes arrive as one field each, "recommendation:<id>" = "on".
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import { calendarDate, choice, optionalText, recordId, requiredText, rowVersion } from "@/lib/validation/fields";

const messages = nl.commitments.validation;

export const COMMITMENT_ORIGINS = ["PARLIAMENTARY_DOCUMENT", "DEBATE"] as const;
export const COMMITMENT_STATUSES = ["OPEN", "FULFILLED", "PARTLY_FULFILLED", "LAPSED"] as const;

/** The name of a recommendation's checkbox in the form. */
export const RECOMMENDATION_FIELD_PREFIX = "recommendation:";

const fields = {
  title: requiredText(messages.titleLabel, 300),
  originalWording: requiredText(messages.wordingLabel, 1000),
  dueDate: calendarDate,
  origin: choice(COMMITMENT_ORIGINS),
  originDocumentId: optionalText(64),
  originDescription: optionalText(2000),
  responsibleMinister: requiredText(messages.ministerLabel, 300),
  source: requiredText(messages.sourceLabel, 1000),
  recommendationIds: z.array(recordId).max(500).default([]),
};

/** Collects the ticked checkboxes into `recommendationIds` (a test may pass the array itself). */
function withRecommendationIds(value: unknown): unknown {
  if (typeof value !== "object" || value === null || "recommendationIds" in value) return value;
  const ticked = Object.keys(value)
    .filter((key) => key.startsWith(RECOMMENDATION_FIELD_PREFIX))
    .map((key) => key.slice(RECOMMENDATION_FIELD_PREFIX.length));
  return { ...value, recommendationIds: ticked };
}

type OriginFields = {
  origin: (typeof COMMITMENT_ORIGINS)[number];
  originDocumentId?: string;
  originDescription?: string;
};

/** A Kamerstuk origin names its document; a debate is described. */
function checkOrigin(value: OriginFields, context: z.RefinementCtx): void {
  if (value.origin === "PARLIAMENTARY_DOCUMENT" && !value.originDocumentId) {
    context.addIssue({ code: "custom", path: ["originDocumentId"], message: messages.originDocumentRequired });
  }
  if (value.origin === "DEBATE" && !value.originDescription) {
    context.addIssue({
      code: "custom",
      path: ["originDescription"],
      message: nl.forms.textRequired(messages.descriptionLabel),
    });
  }
}

export const CreateCommitmentSchema = z.preprocess(withRecommendationIds, z.object(fields).superRefine(checkOrigin));
export type CreateCommitmentInput = z.infer<typeof CreateCommitmentSchema>;

export const UpdateCommitmentSchema = z.preprocess(
  withRecommendationIds,
  z.object({ commitmentId: recordId, version: rowVersion, ...fields }).superRefine(checkOrigin),
);
export type UpdateCommitmentInput = z.infer<typeof UpdateCommitmentSchema>;
