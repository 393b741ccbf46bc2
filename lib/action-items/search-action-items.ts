// The SQL behind the action list and its export: the filters as one WHERE clause, the sort,
// and the Dutch full-text search over ActionItem."searchVector" (title A, description B,
// progress updates C; kept current by triggers, GIN index). Every value from the user goes
// in as a bind parameter through Prisma.sql; only the fixed fragments below are raw SQL.
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import type { CalendarDate } from "@/lib/clock";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import { isOpenStatus } from "@/lib/action-items/status-transitions";
import type { ActionListFilters, ActionListSort, SortDirection } from "@/lib/validation/action-list-filters";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/action-items/search-highlights";

const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;

/** Not done and not cancelled: the statuses whose deadline still counts ("te laat"). */
const OPEN_STATUSES = ACTION_STATUSES.filter(isOpenStatus);

const TITLE_HEADLINE = `HighlightAll=true, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;
/** Up to two fragments of description and journal around the matches. */
const SNIPPET_HEADLINE = `MaxFragments=2, MinWords=6, MaxWords=18, FragmentDelimiter=" … ", StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;

function tsQuery(query: string): Prisma.Sql {
  // websearch_to_tsquery accepts anything a person types ("quotes", or, -not) without a syntax error.
  return Prisma.sql`websearch_to_tsquery('dutch', ${query})`;
}

function statusIn(statuses: readonly ActionStatus[]): Prisma.Sql {
  return Prisma.sql`a."status" IN (${Prisma.join(statuses.map((status) => Prisma.sql`${status}::"ActionStatus"`))})`;
}

/** Every filter as conditions on `"ActionItem" a`; no join needed, so the count query is the same. */
export function actionListWhere(
  filters: ActionListFilters,
  context: { actorId: string; today: CalendarDate },
): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.query) conditions.push(Prisma.sql`a."searchVector" @@ ${tsQuery(filters.query)}`);
  if (filters.evaluationId) {
    conditions.push(
      Prisma.sql`a."recommendationId" IN (SELECT r."id" FROM "Recommendation" r WHERE r."evaluationId" = ${filters.evaluationId})`,
    );
  }
  if (filters.recommendationId) conditions.push(Prisma.sql`a."recommendationId" = ${filters.recommendationId}`);
  if (filters.organisationCode) {
    conditions.push(
      Prisma.sql`a."ownerOrganisationId" = (SELECT o."id" FROM "Organisation" o WHERE o."code" = ${filters.organisationCode})`,
    );
  }
  if (filters.statuses.length > 0) conditions.push(statusIn(filters.statuses));
  if (filters.dueFrom) conditions.push(Prisma.sql`a."dueDate" >= ${filters.dueFrom}::date`);
  if (filters.dueTo) conditions.push(Prisma.sql`a."dueDate" <= ${filters.dueTo}::date`);
  // The same rule as deadlineState(): open and past its deadline.
  if (filters.overdue) conditions.push(Prisma.sql`${statusIn(OPEN_STATUSES)} AND a."dueDate" < ${context.today}::date`);
  if (filters.mine) conditions.push(Prisma.sql`a."contactUserId" = ${context.actorId}`);
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
}

/** The value a list is sorted on, over `"ActionItem" a` joined with `"Organisation" o`. */
export function actionListSortKey(sort: ActionListSort, query: string | undefined): Prisma.Sql {
  switch (sort) {
    case "relevance":
      // Cover density: words close together in the title count most (weights A > B > C).
      return query ? Prisma.sql`ts_rank_cd(a."searchVector", ${tsQuery(query)})` : Prisma.sql`a."dueDate"`;
    case "title":
      return Prisma.sql`lower(a."title")`;
    case "organisation":
      return Prisma.sql`o."code"`;
    case "status":
      // The enum's order: Niet gestart, In uitvoering, Vertraagd, Afgerond, Geannuleerd.
      return Prisma.sql`a."status"`;
    case "dueDate":
      return Prisma.sql`a."dueDate"`;
    case "percentDone":
      return Prisma.sql`a."percentDone"`;
  }
}

export function sqlDirection(direction: SortDirection): Prisma.Sql {
  return direction === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
}

/**
 * The highlighted title and a snippet of description and journal, for the rows of one
 * page only (ts_headline reads the whole text, so never for the whole result).
 */
export function highlightColumns(query: string): Prisma.Sql {
  const journal = Prisma.sql`(SELECT string_agg(p."text", E'\n' ORDER BY p."createdAt") FROM "ProgressUpdate" p WHERE p."actionItemId" = a."id")`;
  return Prisma.sql`
    ts_headline('dutch', translate(a."title", ${MARKERS}, ''), ${tsQuery(query)}, ${TITLE_HEADLINE}) AS "titleHighlighted",
    ts_headline('dutch', translate(concat_ws(E'\n', a."description", ${journal}), ${MARKERS}, ''), ${tsQuery(query)}, ${SNIPPET_HEADLINE}) AS "snippet"`;
}
