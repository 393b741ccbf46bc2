// The frame every table of the app shares: a labelled, focusable scroll region (so a
// keyboard user can scroll a wide table sideways on a phone), a caption for screen readers,
// and the column headers. The rows are the caller's: plain `<tr>`, `<td>` and a `<th scope="row">`
// for the cell that names the row, without Utrecht's per-cell classes: utrecht-table--html-table
// and app/globals.css style them by element, and a list of 50 rows sends its markup twice (as HTML
// and as RSC data). A numeric cell has className="numeric".
import type { ReactNode } from "react";
import Link from "next/link";

/**
 * A column sorted on the server: its header is a link to the list sorted by it, and the
 * column the list is sorted by now carries aria-sort (and an arrow, for the eye).
 */
export type ColumnSort = { href: string; direction?: "ascending" | "descending" };

export type DataTableColumn = string | { label: string; numeric?: boolean; sort?: ColumnSort };

type Props = {
  /** Read out as the table's caption and the scroll region's name. */
  caption: string;
  columns: DataTableColumn[];
  children: ReactNode;
  /** Off for a narrow table that never needs to scroll (it then gets no region either). */
  scroll?: boolean;
  className?: string;
};

export function DataTable({ caption, columns, children, scroll = true, className }: Props) {
  const table = (
    <table className={["utrecht-table utrecht-table--html-table", className].filter(Boolean).join(" ")}>
      <caption className="utrecht-table__caption visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const { label, numeric, sort } =
              typeof column === "string" ? { label: column, numeric: false, sort: undefined } : column;
            return (
              // Absent attributes are left out, not passed as undefined: each would cost a
              // `"…":"$undefined"` in the RSC data, for every column of every table.
              <th
                key={label}
                scope="col"
                {...(sort?.direction ? { "aria-sort": sort.direction } : {})}
                {...(numeric ? { className: "numeric" } : {})}
              >
                {sort ? (
                  // No prefetch: each would render the whole list once more on the server.
                  <Link href={sort.href} className="utrecht-link sort-link" prefetch={false}>
                    {label}
                    <span aria-hidden="true" className="sort-link__arrow">
                      {sort.direction === "ascending" ? "▲" : sort.direction === "descending" ? "▼" : "↕"}
                    </span>
                  </Link>
                ) : (
                  label
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (!scroll) return table;
  return (
    <div className="utrecht-table-container table-scroll" role="region" aria-label={caption} tabIndex={0}>
      {table}
    </div>
  );
}
