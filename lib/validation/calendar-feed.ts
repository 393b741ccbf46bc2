import { z } from "zod";
import { recordId } from "@/lib/validation/fields";

/**
 * "Agenda-adres maken": nothing to fill in; the feed is always the actor's own. "Vernieuwen" in
 * the list submits the same form with the id of the address it replaces (decision 045).
 */
export const CreateCalendarFeedSchema = z.object({ renewFeedId: recordId.optional() });
export type CreateCalendarFeedInput = z.infer<typeof CreateCalendarFeedSchema>;

/** "Intrekken": which of the actor's feeds. */
export const RevokeCalendarFeedSchema = z.object({ feedId: recordId });
export type RevokeCalendarFeedInput = z.infer<typeof RevokeCalendarFeedSchema>;
