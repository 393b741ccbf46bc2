// The user's feeds: when made, last fetched by their calendar, active or revoked (in words).
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/calendar-date";
import type { FormAction } from "@/lib/actions/action-result";
import { DataTable } from "@/components/ui/data-table";
import { RevokeFeedForm } from "@/components/profile/revoke-feed-form";

export type FeedRow = { id: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

type Props = {
  feeds: FeedRow[];
  revoke: FormAction<{ feedId: string }>;
};

export function CalendarFeedTable({ feeds, revoke }: Props) {
  const c = nl.profile.feedColumns;
  return (
    <DataTable caption={nl.profile.feedListTitle} columns={[c.created, c.lastUsed, c.state, c.actions]}>
      {feeds.map((feed) => {
        const created = formatTimestamp(feed.createdAt);
        return (
          <tr key={feed.id}>
            <th scope="row">{created}</th>
            <td>{feed.lastUsedAt ? formatTimestamp(feed.lastUsedAt) : nl.profile.feedNeverUsed}</td>
            <td>
              {feed.revokedAt ? nl.profile.feedRevokedOn(formatTimestamp(feed.revokedAt)) : nl.profile.feedActive}
            </td>
            <td>
              {feed.revokedAt ? null : (
                <RevokeFeedForm action={revoke} feedId={feed.id} label={nl.profile.feedRevokeLabel(created)} />
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
