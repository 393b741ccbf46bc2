// A coordinator's action forms: "Nieuwe actie" and "Gegevens wijzigen". The due date moves
// only through "Deadline wijzigen", so the edit form has none.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
import {
  calendarDate,
  optionalCalendarDate,
  optionalText,
  recordId,
  requiredText,
  rowVersion,
} from "@/lib/validation/fields";

/** A select's chosen record; an empty select asks for a choice in words of its own. */
function chosenId(message: string) {
  return z.string({ error: message }).trim().min(1, message).max(64, nl.forms.invalidId);
}

const details = {
  title: requiredText(nl.actionDetail.formTitleRequired, 200),
  description: requiredText(nl.actionDetail.formDescriptionRequired, 4000),
  // English wording for the OECD report; "" is "not given" and clears it
  titleEn: optionalText(200).optional(),
  descriptionEn: optionalText(4000).optional(),
  ownerOrganisationId: chosenId(nl.actionDetail.formOrganisationRequired),
  contactUserId: chosenId(nl.actionDetail.formContactRequired),
  startDate: optionalCalendarDate,
};

export const CreateActionItemSchema = z
  .object({
    recommendationId: chosenId(nl.actionDetail.formRecommendationRequired),
    ...details,
    dueDate: calendarDate,
  })
  .superRefine((input, context) => {
    if (input.startDate && input.dueDate < input.startDate)
      context.addIssue({ code: "custom", path: ["dueDate"], message: nl.forms.dueBeforeStart });
  });

export type CreateActionItemInput = z.infer<typeof CreateActionItemSchema>;

export const UpdateActionItemSchema = z.object({
  actionItemId: recordId,
  version: rowVersion,
  ...details,
});

export type UpdateActionItemInput = z.infer<typeof UpdateActionItemSchema>;
