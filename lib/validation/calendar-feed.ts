import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

/** "Agenda-adres maken": nothing to fill in; the feed is always the actor's own. */
export const CreateCalendarFeedSchema = z.object({});
export type CreateCalendarFeedInput = z.infer<typeof CreateCalendarFeedSchema>;

/** "Intrekken": which of the actor's feeds. */
export const RevokeCalendarFeedSchema = z.object({ feedId: recordId });
export type RevokeCalendarFeedInput = z.infer<typeof RevokeCalendarFeedSchema>;
