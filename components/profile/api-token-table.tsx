// The user's API tokens: name, how it begins, made, last valid day, last used, and its state
// in words (geldig, verlopen, ingetrokken op …).
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate, formatTimestamp, lastValidDay } from "@/lib/calendar-date";
import type { FormAction } from "@/lib/actions/action-result";
import { DataTable } from "@/components/ui/data-table";
import { RevokeApiTokenForm } from "@/components/profile/revoke-api-token-form";

export type ApiTokenTableRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

type Props = {
  tokens: ApiTokenTableRow[];
  /** The domain clock's now (lib/clock.ts): whether a token has expired. */
  now: Date;
  revoke: FormAction<{ tokenId: string }>;
};

export function ApiTokenTable({ tokens, now, revoke }: Props) {
  const c = nl.profile.tokenColumns;
  return (
    <DataTable
      caption={nl.profile.tokenListTitle}
      columns={[c.name, c.prefix, c.created, c.expires, c.lastUsed, c.state, c.actions]}
    >
      {tokens.map((token) => {
        const expired = token.expiresAt <= now;
        return (
          <tr key={token.id}>
            <th scope="row">{token.name}</th>
            <td>
              <code>{token.prefix}…</code>
            </td>
            <td>{formatTimestamp(token.createdAt)}</td>
            <td>{formatCalendarDate(lastValidDay(token.expiresAt))}</td>
            <td>{token.lastUsedAt ? formatTimestamp(token.lastUsedAt) : nl.profile.tokenNeverUsed}</td>
            <td>
              {token.revokedAt
                ? nl.profile.tokenRevokedOn(formatTimestamp(token.revokedAt))
                : expired
                  ? nl.profile.tokenExpired
                  : nl.profile.tokenActive}
            </td>
            <td>
              {token.revokedAt || expired ? null : (
                <RevokeApiTokenForm
                  action={revoke}
                  tokenId={token.id}
                  label={nl.profile.tokenRevokeLabel(token.name)}
                />
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
