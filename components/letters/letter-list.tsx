// The reports of one kind as a table: title (a link to the report), what it reports on (a
// Kamerbrief's commitment, an OECD report's evaluation), status, newest version and the last
// change.
import Link from "next/link";
import type { LetterListItem } from "@/lib/letters/list-letter-drafts";
import { formatTimestamp } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { DataTable } from "@/components/ui/data-table";
import { LetterStatusBadge } from "@/components/letters/letter-status-badge";

type Props = { items: LetterListItem[]; reportsOn: "commitment" | "evaluation" };

export function LetterList({ items, reportsOn }: Props) {
  const words = nl.letterList;
  const columns = words.columns;
  return (
    <DataTable
      caption={reportsOn === "commitment" ? words.caption : nl.reports.oecdListCaption}
      columns={[
        columns.title,
        reportsOn === "commitment" ? columns.commitment : columns.evaluation,
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
