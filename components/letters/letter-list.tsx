// The letters as a table: title (a link to the letter), the commitment it reports on, status,
// newest version and the last change.
import Link from "next/link";
import type { LetterListItem } from "@/lib/letters/list-letter-drafts";
import { formatTimestamp } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { DataTable } from "@/components/ui/data-table";
import { LetterStatusBadge } from "@/components/letters/letter-status-badge";

export function LetterList({ items }: { items: LetterListItem[] }) {
  const words = nl.letterList;
  const columns = words.columns;
  return (
    <DataTable
      caption={words.caption}
      columns={[
        columns.title,
        columns.commitment,
        columns.status,
        { label: columns.version, numeric: true },
        columns.updatedAt,
      ]}
      className="letter-list"
    >
      {items.map((item) => (
        <tr key={item.id}>
          <th scope="row" className="letter-list__title">
            <Link className="utrecht-link" href={`/rapportages/${encodeURIComponent(item.id)}`}>
              {item.title}
            </Link>
          </th>
          <td>
            {item.commitment ? (
              <Link className="utrecht-link" href={`/toezeggingen/${encodeURIComponent(item.commitment.id)}`}>
                {item.commitment.title}
              </Link>
            ) : (
              item.evaluation?.title
            )}
          </td>
          <td>
            <LetterStatusBadge status={item.status} />
          </td>
          <td className="numeric">{item.latestVersionNumber}</td>
          <td>
            <time dateTime={item.updatedAt.toISOString()}>{formatTimestamp(item.updatedAt)}</time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
