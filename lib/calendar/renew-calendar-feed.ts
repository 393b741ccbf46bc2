// "Vernieuwen": a new address in place of one of the user's own, in one transaction: the old
// one revoked as "Intrekken" does it (someone else's is refused and audited), a new one made
// as "Agenda-adres maken" does it, with a validity of its own (decision 045). The old one
// goes first, so renewing works also with the most active addresses allowed. An address
// already revoked (or renewed in another tab) is not renewed again: that would make a second
// new address nobody asked for.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { withTransaction, type Tx } from "@/lib/db-transaction";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import type { RevokeCalendarFeedInput } from "@/lib/validation/calendar-feed";
import { createCalendarFeed, type CreatedCalendarFeed } from "./create-calendar-feed";
import { revokeCalendarFeed } from "./revoke-calendar-feed";

export async function renewCalendarFeed(
  { actor, input }: { actor: Actor; input: RevokeCalendarFeedInput },
  tx?: Tx,
): Promise<CreatedCalendarFeed> {
  return withTransaction(tx, async (tx) => {
    const { revoked } = await revokeCalendarFeed({ actor, input }, tx);
    if (!revoked) throw new AppError("CONFLICT", nl.profile.feedAlreadyRevoked);
    return createCalendarFeed({ actor }, tx);
  });
}
