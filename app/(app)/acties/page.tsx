// The action list: filters, search, sort and page from the URL, one page of 50 rows from
// the server, and the export of the whole filtered list.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { nl } from "@/lib/i18n/nl";
import { getActionListOptions, keepKnownChoices, listActionItems } from "@/lib/action-items/list-action-items";
import { ACTION_EXPORT_MAX_ROWS } from "@/lib/export/action-items-export";
import {
  actionListHref,
  actionListSearchParams,
  parseActionListFilters,
  hasActiveFilters,
  type ActionListFilters,
} from "@/lib/validation/action-list-filters";
import { Pagination } from "@/components/ui/pagination";
import { ActionListFilters as FilterForm } from "@/components/action-items/action-list-filters";
import { ActionListTable } from "@/components/action-items/action-list-table";
import { formatCount } from "@/lib/i18n/format-number";
import { listSavedViews } from "@/lib/saved-views/list-saved-views";
import { SavedViews } from "@/components/action-items/saved-views";
import { BulkPickForm } from "@/components/action-items/bulk-pick-form";
import { saveViewAction } from "./actions";

export const metadata: Metadata = { title: nl.actionList.title };

const t = nl.actionList;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActionListPage({ searchParams }: Props) {
  const actor = await requireUser();
  const options = await getActionListOptions({ actor });
  const filters = keepKnownChoices(parseActionListFilters(await searchParams), options);
  // Only a coordinator changes contact persons: the others get no boxes and no form.
  const canAssign = can(actor, "actions:manage");
  const [list, views] = await Promise.all([listActionItems({ actor, filters }), listSavedViews({ actor })]);
  const last = list.first + list.rows.length - 1;

  return (
    <>
      <h1 className="utrecht-heading-1">{t.title}</h1>
      <p className="utrecht-paragraph lead">{t.intro}</p>
      <p className="utrecht-paragraph action-list-links">
        <Link className="utrecht-link" href="/acties/deadlineverzoeken">
          {t.deadlineQueueLink}
        </Link>
        {/* Not a page: a plain link, so the browser downloads the calendar file. */}
        <a className="utrecht-link" href={actionListHref({ ...filters, page: 1 }, "/acties/agenda")} download>
          {nl.profile.downloadLink}
        </a>
        {can(actor, "actions:manage") && (
          <Link className="utrecht-link" href="/acties/nieuw">
            {t.newAction}
          </Link>
        )}
      </p>
      <FilterForm filters={filters} options={options} />
      <SavedViews
        views={views}
        query={actionListSearchParams({ ...filters, page: 1 }).toString()}
        action={saveViewAction}
      />

      <section className="action-list-results" aria-labelledby="acties-resultaat">
        {list.total === 0 ? (
          <p className="utrecht-paragraph action-list-results__count" id="acties-resultaat" role="status">
            {filters.query ? t.emptySearch(filters.query) : hasActiveFilters(filters) ? t.empty : t.none}
          </p>
        ) : (
          <>
            <div className="action-list-results__bar">
              <p className="utrecht-paragraph action-list-results__count" id="acties-resultaat" role="status">
                {filters.query
                  ? t.countSearch(formatCount(list.first), formatCount(last), formatCount(list.total), filters.query)
                  : t.count(formatCount(list.first), formatCount(last), formatCount(list.total))}
                {list.sort === "relevance" && <span className="action-list-results__sort"> {t.sortedByRelevance}</span>}
                {filters.query && list.sort !== "relevance" && (
                  <>
                    {" "}
                    <Link
                      className="utrecht-link"
                      href={actionListHref({ ...filters, sort: undefined, direction: undefined, page: 1 })}
                    >
                      {t.sortByRelevance}
                    </Link>
                  </>
                )}
              </p>
              <ExportLinks filters={filters} />
            </div>
            {list.rows.some((row) => row.isIllustrative) && (
              <p className="utrecht-paragraph illustrative-note">{t.illustrativeNote}</p>
            )}
            {canAssign ? (
              <BulkPickForm listQuery={actionListSearchParams(filters).toString()}>
                <ActionListTable list={list} filters={filters} pick />
              </BulkPickForm>
            ) : (
              <ActionListTable list={list} filters={filters} />
            )}
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              hrefFor={(page) => actionListHref({ ...filters, page })}
            />
          </>
        )}
      </section>
    </>
  );
}

function ExportLinks({ filters }: { filters: ActionListFilters }) {
  // Route handlers, not pages: plain links, so the browser downloads instead of navigating.
  const href = (format: "xlsx" | "csv") =>
    `/acties/export?${new URLSearchParams([["formaat", format], ...actionListSearchParams({ ...filters, page: 1 })]).toString()}`;
  return (
    <div className="action-export" role="group" aria-labelledby="acties-export" aria-describedby="acties-export-hint">
      <span id="acties-export" className="action-export__label">
        {t.exportLabel}
      </span>
      <a className="utrecht-link" href={href("xlsx")} download>
        <span className="visually-hidden">{t.exportLinkPrefix}</span>
        {t.exportExcel}
      </a>
      <a className="utrecht-link" href={href("csv")} download>
        <span className="visually-hidden">{t.exportLinkPrefix}</span>
        {t.exportCsv}
      </a>
      <span id="acties-export-hint" className="action-export__hint">
        {t.exportHint(formatCount(ACTION_EXPORT_MAX_ROWS))}
      </span>
    </div>
  );
}
