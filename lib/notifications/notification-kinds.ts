// The kinds of notification, what each carries, and where each links. A notification keeps
// the words it names (a title, a date, a name) as they were at the change, so that the list
// reads the same later and costs no join.
import { z } from "zod";

export const NOTIFICATION_KINDS = [
  // to the coordinators, who decide
  "DEADLINE_REQUESTED",
  // to the one who asked
  "DEADLINE_DECIDED",
  // to the contact person
  "ACTION_ASSIGNED",
  "DEADLINE_MOVED",
  // to the letter's author
  "REMARK_ADDED",
  // to the coordinators
  "LETTER_IN_REVIEW",
  // to the Bijdragers of the organisations the letter reports on
  "LETTER_APPROVED",
  "LETTER_SENT",
  // to the one who started it
  "IMPORT_FINISHED",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NotificationDataSchema = z.object({
  /** The record's title: the action's, the letter's; empty for an import. */
  title: z.string(),
  /** Who made the change. */
  by: z.string().optional(),
  decision: z.enum(["APPROVED", "REJECTED"]).optional(),
  /** A calendar date: the new deadline. */
  dueDate: z.string().optional(),
  /** An import: whether it succeeded. */
  succeeded: z.boolean().optional(),
});
export type NotificationData = z.infer<typeof NotificationDataSchema>;

export type NotificationEntityType = "ActionItem" | "LetterDraft" | "BackgroundJob";

export function notificationHref(entityType: string, entityId: string): string {
  switch (entityType) {
    case "ActionItem":
      return `/acties/${entityId}`;
    case "LetterDraft":
      return `/rapportages/${entityId}`;
    case "BackgroundJob":
      return `/beheer/import/taak/${entityId}`;
    default:
      return "/meldingen";
  }
}
