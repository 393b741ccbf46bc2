import { z } from "zod";
import { recordId } from "@/lib/validation/fields";
import { nl } from "@/lib/i18n/nl";

/** "Markeren als gelezen": one of the actor's own notifications. */
export const MarkNotificationReadSchema = z.object({ notificationId: recordId });
export type MarkNotificationReadInput = z.infer<typeof MarkNotificationReadSchema>;

/** "Alles als gelezen markeren": nothing to fill in; always the actor's own. */
export const MarkAllNotificationsReadSchema = z.object({});

/** The e-mail preference on /profiel. */
export const EmailPreferenceSchema = z.object({
  emailPreference: z.enum(["IMMEDIATE", "DAILY", "NEVER"], { error: nl.forms.checkFields }),
  version: z.coerce.number({ error: nl.forms.checkFields }).int().min(1),
});
export type EmailPreferenceInput = z.infer<typeof EmailPreferenceSchema>;
