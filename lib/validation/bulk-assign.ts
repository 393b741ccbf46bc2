// "Contactpersoon toewijzen" on /acties: the chosen actions, each with the version its row
// was rendered with, and the new contact person. At most one page of the list per submit.
import { z } from "zod";
import { nl } from "@/lib/i18n/nl";
/** One page of the list (ACTION_LIST_PAGE_SIZE; the bulk test holds them equal). */
export const BULK_ASSIGN_MAX = 50;

/** A checkbox's value: the action's id and its row's version, "id:version". */
export const bulkChoiceValue = (id: string, version: number) => `${id}:${version}`;

const choice = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}:[1-9][0-9]{0,8}$/, nl.bulkAssign.invalidChoice)
  .transform((value) => {
    const [id, version] = value.split(":");
    return { id: id!, version: Number(version) };
  });

/**
 * The ticked boxes as they arrive at /acties/toewijzen (the list's form is a GET form): one
 * value per box, at most one page of the list, repeated actions once.
 */
export const BulkAssignChoicesSchema = z
  .array(choice)
  .min(1, nl.bulkAssign.noneChosen)
  .max(BULK_ASSIGN_MAX, nl.bulkAssign.tooMany(BULK_ASSIGN_MAX))
  .transform((choices) => [...new Map(choices.map((choice) => [choice.id, choice])).values()]);
export type BulkAssignChoices = z.infer<typeof BulkAssignChoicesSchema>;

export const BulkAssignContactSchema = z.object({
  contactUserId: z
    .string({ error: nl.actionDetail.formContactRequired })
    .trim()
    .min(1, nl.actionDetail.formContactRequired)
    .max(64, nl.forms.invalidId),
  // The server action joins the checkboxes' values with spaces (a form field repeats).
  actions: z
    .string({ error: nl.bulkAssign.noneChosen })
    .max(BULK_ASSIGN_MAX * 80, nl.bulkAssign.tooMany(BULK_ASSIGN_MAX))
    .transform((text) => text.split(/\s+/).filter(Boolean))
    .pipe(BulkAssignChoicesSchema),
});
export type BulkAssignContactInput = z.infer<typeof BulkAssignContactSchema>;
