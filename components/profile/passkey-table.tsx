// A user's passkeys: name, when added, when last used, and "Verwijderen".
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/calendar-date";
import type { FormAction } from "@/lib/actions/action-result";
import type { PasskeySummary } from "@/lib/passkeys/list-passkeys";
import { DataTable } from "@/components/ui/data-table";
import { RemovePasskeyForm } from "@/components/profile/remove-passkey-form";

type Props = {
  passkeys: PasskeySummary[];
  caption: string;
  remove: FormAction<{ passkeyId: string }>;
  /** Hidden fields the removal needs besides the passkey (the user, on a Beheerder's page). */
  extra?: Record<string, string>;
};

export function PasskeyTable({ passkeys, caption, remove, extra }: Props) {
  const c = nl.passkeys.columns;
  return (
    <DataTable caption={caption} columns={[c.name, c.createdAt, c.lastUsedAt, c.action]}>
      {passkeys.map((passkey) => (
        <tr key={passkey.id}>
          <th scope="row">{passkey.name}</th>
          <td>{formatTimestamp(passkey.createdAt)}</td>
          <td>{passkey.lastUsedAt ? formatTimestamp(passkey.lastUsedAt) : nl.passkeys.neverUsed}</td>
          <td>
            <RemovePasskeyForm
              action={remove}
              passkeyId={passkey.id}
              extra={extra}
              label={nl.passkeys.removeLabel(passkey.name)}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
