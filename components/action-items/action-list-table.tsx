// The rows of one page of /acties. Each column header links to the list sorted by it
// (all filters kept, back to page 1); the title links to the action. While searching,
// the matching words are marked in the title and in a snippet of description and journal.
// The cells carry no classes of their own: .action-list in app/globals.css styles them by
// element and position (decision 047). The rows go to the browser as compact data, drawn by
// ActionListRows (decision 048): here every text is decided.
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/clock";
import type { ActionListPage, ActionListRow } from "@/lib/action-items/list-action-items";
import { actionListHref, type ActionListFilters, type ActionListSort } from "@/lib/validation/action-list-filters";
import { bulkChoiceValue } from "@/lib/validation/bulk-assign";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { ACTION_STATUS_TONE } from "@/components/action-items/action-status-badge";
import { toneLabels } from "@/components/ui/tone-badge";
import { ActionListRows, type ActionRowData, type ActionRowLabels } from "@/components/action-items/action-list-rows";

const t = nl.actionList;

/** A recommendation's title cut at a word, for the line under the action's title. */
function shortTitle(title: string, max = 70): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 15)).trimEnd()}…`;
}

function rowData(row: ActionListRow, pick: boolean): ActionRowData {
  const short = shortTitle(row.recommendation.title);
  return [
    row.id,
    pick ? bulkChoiceValue(row.id, row.version) : null,
    row.titleHighlighted ?? row.title,
    row.isIllustrative,
    t.recommendationLine(row.recommendation.number, short),
    // The whole title as a tooltip only when the line cuts it: otherwise it would repeat the line's text.
    short === row.recommendation.title ? null : row.recommendation.title,
    row.snippet,
    row.organisation.code,
    row.status,
    t.percent(row.percentDone),
    formatCalendarDate(row.dueDate),
    row.deadlineState,
  ];
}

/** The words every row shares, sent once: only the organisations the page's rows name. */
function rowLabels(rows: readonly ActionListRow[]): ActionRowLabels {
  return {
    illustrative: nl.app.illustrative,
    organisations: Object.fromEntries(rows.map((row) => [row.organisation.code, row.organisation.name])),
    statuses: toneLabels(ACTION_STATUS_TONE, nl.actionStatus),
    deadlineStates: nl.deadlineState,
  };
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
      <ActionListRows rows={list.rows.map((row) => rowData(row, pick))} labels={rowLabels(list.rows)} />
    </DataTable>
  );
}
