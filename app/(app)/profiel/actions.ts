"use server";
// The profile page's forms: make, renew and revoke a calendar feed, always the user's own. The
// new feed's path (with its token) is returned once in the result; it is never stored.
import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createCalendarFeed } from "@/lib/calendar/create-calendar-feed";
import { revokeCalendarFeed } from "@/lib/calendar/revoke-calendar-feed";
import { renewCalendarFeed } from "@/lib/calendar/renew-calendar-feed";
import { feedPath } from "@/lib/calendar/feed-token";
import { CreateCalendarFeedSchema, RevokeCalendarFeedSchema } from "@/lib/validation/calendar-feed";
import { nl } from "@/lib/i18n/nl";

export type CreatedFeedUrl = { feedId: string; path: string; renewed: boolean };

export async function createCalendarFeedAction(
  _previous: ActionResult<CreatedFeedUrl>,
  formData: FormData,
): Promise<ActionResult<CreatedFeedUrl>> {
  const result = await runFormAction({
    formData,
    schema: CreateCalendarFeedSchema,
    run: async (actor, input) => {
      const feed = input.renewFeedId
        ? await renewCalendarFeed({ actor, input: { feedId: input.renewFeedId } })
        : await createCalendarFeed({ actor });
      return { feedId: feed.feedId, path: feedPath(feed.token), renewed: Boolean(input.renewFeedId) };
    },
    success: (created) => (created.renewed ? nl.profile.feedRenewed : nl.profile.feedCreated),
  });
  revalidatePath("/profiel");
  return result;
}

export async function revokeCalendarFeedAction(
  _previous: ActionResult<{ feedId: string }>,
  formData: FormData,
): Promise<ActionResult<{ feedId: string }>> {
  const result = await runFormAction({
    formData,
    schema: RevokeCalendarFeedSchema,
    run: (actor, input) => revokeCalendarFeed({ actor, input }),
    success: nl.profile.feedRevoked,
  });
  revalidatePath("/profiel");
  return result;
}
