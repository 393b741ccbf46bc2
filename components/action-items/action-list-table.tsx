// The rows of one page of /acties. Each column header links to the list sorted by it
// (all filters kept, back to page 1); the title links to the action. While searching,
// the matching words are marked in the title and in a snippet of description and journal.
// The cells carry no classes of their own: .action-list in app/globals.css styles them by
// element and position, since 50 rows send their markup twice (HTML and RSC data; decision 047).
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/clock";
import type { ActionListPage } from "@/lib/action-items/list-action-items";
import { actionListHref, type ActionListFilters, type ActionListSort } from "@/lib/validation/action-list-filters";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { ActionStatusBadge } from "@/components/action-items/action-status-badge";
import { DeadlineStateLabel } from "@/components/action-items/deadline-state-label";
import { HighlightedText } from "@/components/action-items/highlighted-text";
import { BulkPickCell, pickLabelId } from "@/components/action-items/bulk-pick-cell";

const t = nl.actionList;

/** A recommendation's title cut at a word, for the line under the action's title. */
function shortTitle(title: string, max = 70): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 15)).trimEnd()}…`;
}

/** The whole title as a tooltip only when the line cuts it: otherwise it would repeat the line's text. */
function RecommendationLine({ number, title }: { number: number; title: string }) {
  const short = shortTitle(title);
  return (
    // No title attribute at all when the line is whole: an undefined prop still costs a
    // `"title":"$undefined"` in every row's RSC data.
    <small {...(short === title ? {} : { title })}>{t.recommendationLine(number, short)}</small>
  );
}

type Props = {
  list: ActionListPage;
  filters: ActionListFilters;
  /** A box per row for "Contactpersoon toewijzen" (a coordinator's; the form is around the table). */
  pick?: boolean;
};

export function ActionListTable({ list, filters, pick = false }: Props) {
  const column = (sort: ActionListSort, label: string, numeric = false): DataTableColumn => {
    const current = list.sort === sort;
    // The sorted column toggles its direction; another column starts ascending.
    const direction = current && list.direction === "asc" ? "desc" : "asc";
    return {
      label,
      numeric,
      sort: {
        href: actionListHref({ ...filters, sort, direction, page: 1 }),
        direction: current ? (list.direction === "asc" ? "ascending" : "descending") : undefined,
      },
    };
  };

  return (
    <DataTable
      caption={t.caption}
      className={pick ? "action-list action-list--pick" : "action-list"}
      columns={[
        ...(pick ? [nl.bulkAssign.column] : []),
        column("title", t.columns.title),
        column("organisation", t.columns.organisation),
        column("status", t.columns.status),
        column("percentDone", t.columns.percentDone, true),
        column("dueDate", t.columns.dueDate),
      ]}
    >
      {list.rows.map((row) => (
        <tr key={row.id}>
          {pick && <BulkPickCell actionId={row.id} version={row.version} />}
          <th scope="row">
            {/* No prefetch: 50 visible rows would mean 50 server renders of action pages per list view. */}
            <Link href={`/acties/${row.id}`} prefetch={false} {...(pick ? { id: pickLabelId(row.id) } : {})}>
              {row.titleHighlighted ? <HighlightedText text={row.titleHighlighted} /> : row.title}
            </Link>
            {row.isIllustrative && (
              <>
                {" "}
                <IllustrativeMarker compact />
              </>
            )}
            <RecommendationLine number={row.recommendation.number} title={row.recommendation.title} />
            {row.snippet && (
              <span className="action-list__snippet">
                <HighlightedText text={row.snippet} />
              </span>
            )}
          </th>
          <td>
            <abbr title={row.organisation.name}>{row.organisation.code}</abbr>
          </td>
          <td>
            <ActionStatusBadge status={row.status} />
          </td>
          <td className="numeric">{t.percent(row.percentDone)}</td>
          <td>
            {/* The state on a line of its own: the cell keeps the newline (white-space: pre). One
                text node, since two adjacent ones cost a <!-- --> in the HTML. */}
            {`${formatCalendarDate(row.dueDate)}${row.deadlineState ? "\n" : ""}`}
            <DeadlineStateLabel state={row.deadlineState} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
