// The user's feeds: when made, the last day each works, last fetched by their calendar, and
// its state in words (actief, verloopt binnenkort, verlopen, ingetrokken op …). "Vernieuwen"
// submits the form "Agenda-adres maken" (CREATE_FEED_FORM_ID) with this address's id: the new
// address shows there, once, and this one stops (decision 045).
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate, formatTimestamp, lastValidDay } from "@/lib/calendar-date";
import type { FormAction } from "@/lib/actions/action-result";
import { DataTable } from "@/components/ui/data-table";
import { RevokeFeedForm } from "@/components/profile/revoke-feed-form";
import { RenewFeedButton } from "@/components/profile/renew-feed-button";

export type FeedRow = { id: string; createdAt: Date; expiresAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

/** The id of the form "Agenda-adres maken" on /profiel. */
export const CREATE_FEED_FORM_ID = "agenda-adres-maken";

/** An address this close to its end is marked, as the Beheerder's Mijn werk lists it. */
const EXPIRES_SOON_MS = 14 * 86_400_000;

type Props = {
  feeds: FeedRow[];
  /** The domain clock's now (lib/clock.ts): whether an address has expired. */
  now: Date;
  revoke: FormAction<{ feedId: string }>;
};

export function CalendarFeedTable({ feeds, now, revoke }: Props) {
  const c = nl.profile.feedColumns;
  return (
    <DataTable caption={nl.profile.feedListTitle} columns={[c.created, c.validUntil, c.lastUsed, c.state, c.actions]}>
      {feeds.map((feed) => {
        const created = formatTimestamp(feed.createdAt);
        const expired = feed.expiresAt <= now;
        const soon = !expired && feed.expiresAt.getTime() - now.getTime() <= EXPIRES_SOON_MS;
        return (
          <tr key={feed.id}>
            <th scope="row">{created}</th>
            <td>{formatCalendarDate(lastValidDay(feed.expiresAt))}</td>
            <td>{feed.lastUsedAt ? formatTimestamp(feed.lastUsedAt) : nl.profile.feedNeverUsed}</td>
            <td>
              {feed.revokedAt
                ? nl.profile.feedRevokedOn(formatTimestamp(feed.revokedAt))
                : expired
                  ? nl.profile.feedExpired
                  : soon
                    ? nl.profile.feedExpiresSoon
                    : nl.profile.feedActive}
            </td>
            <td>
              {feed.revokedAt ? null : (
                <div className="calendar-feed-actions">
                  <RenewFeedButton
                    formId={CREATE_FEED_FORM_ID}
                    feedId={feed.id}
                    label={nl.profile.feedRenewLabel(created)}
                  >
                    {nl.profile.feedRenew}
                  </RenewFeedButton>
                  {expired ? null : (
                    <RevokeFeedForm action={revoke} feedId={feed.id} label={nl.profile.feedRevokeLabel(created)} />
                  )}
                </div>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
