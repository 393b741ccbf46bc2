// The action list (/acties): one page of actions under the filters, sort and search of the
// URL, with the total for the count line, and the choices for the filter form. A fixed
// number of statements whatever the data size: the count, the page (with its highlights),
// and three small lookups; a search one more (the planner setting, below).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client.ts";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-transaction";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { today as clockToday, type CalendarDate } from "@/lib/clock";
import { pageWindow } from "@/lib/validation/pagination";
import {
  effectiveSort,
  type ActionListFilters,
  type ActionListSort,
  type SortDirection,
} from "@/lib/validation/action-list-filters";
import { deadlineState, type DeadlineState } from "@/lib/action-items/deadline-state";
import {
  actionListSortKey,
  actionListWhere,
  highlightColumns,
  sqlDirection,
} from "@/lib/action-items/search-action-items";

export const ACTION_LIST_PAGE_SIZE = 50;

export type ActionListRow = {
  id: string;
  title: string;
  /** While searching: the title and a snippet of description and journal, with ts_headline's markers. */
  titleHighlighted: string | null;
  snippet: string | null;
  status: ActionStatus;
  percentDone: number;
  dueDate: CalendarDate;
  deadlineState: DeadlineState | null;
  isIllustrative: boolean;
  organisation: { code: string; name: string };
  recommendation: { id: string; number: number; title: string };
  /** For the coordinator's checkbox: a bulk change refuses a row changed since (decision 039). */
  version: number;
};

export type ActionListPage = {
  rows: ActionListRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  /** The first row's position in the whole list (1-based), for "Acties 51–100 van 10.000". */
  first: number;
  sort: ActionListSort;
  direction: SortDirection;
  today: CalendarDate;
};

type RawRow = {
  id: string;
  title: string;
  titleHighlighted: string | null;
  snippet: string | null;
  status: ActionStatus;
  percentDone: number;
  dueDate: string;
  isIllustrative: boolean;
  organisationCode: string;
  organisationName: string;
  recommendationId: string;
  recommendationNumber: number;
  recommendationTitle: string;
  version: number;
};

export async function listActionItems({
  actor,
  filters,
}: {
  actor: Actor;
  filters: ActionListFilters;
}): Promise<ActionListPage> {
  assertCan(actor, "recommendations:read");
  const today = clockToday();
  const where = actionListWhere(filters, { actorId: actor.id, today });
  const { sort, direction } = effectiveSort(filters);

  const sortKey = actionListSortKey(sort, filters.query);
  const order = sqlDirection(direction);
  // A search runs with the planner told that the table is in memory (random_page_cost as
  // for cached data): otherwise, for a word in a quarter of the actions or more, it reads
  // every row and tests each row's search document (10,000 decompressions) instead of
  // taking the matching rows from the GIN index, several times slower.
  const { total, page, pageCount, skip, raw } = filters.query
    ? await db().$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL random_page_cost = 1.1`;
        return readPage(tx);
      })
    : await readPage(db());

  async function readPage(client: Pick<Tx, "$queryRaw">) {
    const [{ total }] = await client.$queryRaw<
      [{ total: number }]
    >`SELECT count(*)::int AS "total" FROM "ActionItem" a WHERE ${where}`;
    const { page, pageCount, skip, take } = pageWindow(filters.page, total, ACTION_LIST_PAGE_SIZE);
    // The page's ids first (an index scan where the sort allows), then their details and
    // highlights for those 50 rows only, in the same order (deadline and id break ties).
    const raw = await client.$queryRaw<RawRow[]>`
      WITH page AS (
        SELECT a."id", ${sortKey} AS "sortKey", a."dueDate" AS "sortDue"
        FROM "ActionItem" a JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
        WHERE ${where}
        ORDER BY ${sortKey} ${order}, a."dueDate" ASC, a."id" ASC
        LIMIT ${take} OFFSET ${skip}
      )
      SELECT a."id", a."title", a."status"::text AS "status", a."percentDone", to_char(a."dueDate", 'YYYY-MM-DD') AS "dueDate", a."isIllustrative", a."version",
             o."code" AS "organisationCode", o."name" AS "organisationName",
             r."id" AS "recommendationId", r."number" AS "recommendationNumber", r."title" AS "recommendationTitle",
             ${filters.query ? highlightColumns(filters.query) : Prisma.sql`NULL::text AS "titleHighlighted", NULL::text AS "snippet"`}
      FROM page
      JOIN "ActionItem" a ON a."id" = page."id"
      JOIN "Organisation" o ON o."id" = a."ownerOrganisationId"
      JOIN "Recommendation" r ON r."id" = a."recommendationId"
      ORDER BY page."sortKey" ${order}, page."sortDue" ASC, page."id" ASC`;
    return { total, page, pageCount, skip, raw };
  }

  return {
    rows: raw.map((row) => ({
      id: row.id,
      title: row.title,
      titleHighlighted: row.titleHighlighted,
      snippet: row.snippet,
      status: row.status,
      percentDone: row.percentDone,
      dueDate: row.dueDate,
      deadlineState: deadlineState(row, today),
      isIllustrative: row.isIllustrative,
      organisation: { code: row.organisationCode, name: row.organisationName },
      recommendation: { id: row.recommendationId, number: row.recommendationNumber, title: row.recommendationTitle },
      version: row.version,
    })),
    total,
    page,
    pageCount,
    pageSize: ACTION_LIST_PAGE_SIZE,
    first: skip + 1,
    sort,
    direction,
    today,
  };
}

export type ActionListOptions = {
  evaluations: { id: string; title: string }[];
  recommendations: { id: string; number: number; title: string; evaluationId: string }[];
  organisations: { code: string; name: string }[];
};

/**
 * The filters without an evaluation, recommendation or organisation the form does not
 * offer (a stale or hand-edited link): those fall back to "all", as the form then shows,
 * instead of an empty list under a form that says "all".
 */
export function keepKnownChoices(filters: ActionListFilters, options: ActionListOptions): ActionListFilters {
  const known = <T>(value: T | undefined, values: T[]) =>
    value !== undefined && values.includes(value) ? value : undefined;
  return {
    ...filters,
    evaluationId: known(
      filters.evaluationId,
      options.evaluations.map((evaluation) => evaluation.id),
    ),
    recommendationId: known(
      filters.recommendationId,
      options.recommendations.map((recommendation) => recommendation.id),
    ),
    organisationCode: known(
      filters.organisationCode,
      options.organisations.map((organisation) => organisation.code),
    ),
  };
}

/** The choices of the filter form's selects: three small queries, run side by side. */
export async function getActionListOptions({ actor }: { actor: Actor }): Promise<ActionListOptions> {
  assertCan(actor, "recommendations:read");
  const [evaluations, recommendations, organisations] = await Promise.all([
    db().evaluation.findMany({
      select: { id: true, title: true },
      orderBy: [{ reportDate: "asc" }, { createdAt: "asc" }],
    }),
    db().recommendation.findMany({
      select: { id: true, number: true, title: true, evaluationId: true },
      orderBy: [{ evaluationId: "asc" }, { number: "asc" }],
    }),
    db().organisation.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
  ]);
  return { evaluations, recommendations, organisations };
}
