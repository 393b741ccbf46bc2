// The /acties list's filters, sort and page, read from the URL with Dutch parameter names:
//   ?zoek=&evaluatie=&aanbeveling=&organisatie=ADSB&status=IN_PROGRESS&status=DELAYED
//    &van=2023-01-01&tot=2023-06-30&te-laat=1&mijn=1&sorteer=deadline&richting=op&pagina=2
// A value that does not parse (a typo, a hand-edited link) falls back to its default, so
// a shared link never ends on an error page. `actionListSearchParams` writes them back.
import { z } from "zod";
import { ACTION_STATUSES } from "@/lib/action-items/action-statuses";
import { calendarDate, withoutControlCharacters } from "@/lib/validation/fields";
import { PageNumberSchema } from "@/lib/validation/pagination";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import type { CalendarDate } from "@/lib/clock";

/** The sortable columns, and relevance while searching, with their URL names. */
export const ACTION_LIST_SORTS = {
  relevance: "relevantie",
  title: "titel",
  organisation: "organisatie",
  status: "status",
  dueDate: "deadline",
  percentDone: "percentage",
} as const;
export type ActionListSort = keyof typeof ACTION_LIST_SORTS;
export type SortDirection = "asc" | "desc";

const DIRECTIONS = { asc: "op", desc: "af" } as const satisfies Record<SortDirection, string>;

/** The longest search text taken from the URL; more is cut off, not refused. */
export const SEARCH_MAX_LENGTH = 200;

export type ActionListFilters = {
  query?: string;
  evaluationId?: string;
  recommendationId?: string;
  organisationCode?: string;
  statuses: ActionStatus[];
  dueFrom?: CalendarDate;
  dueTo?: CalendarDate;
  overdue: boolean;
  mine: boolean;
  /** Unset: relevance while searching, else the deadline. */
  sort?: ActionListSort;
  direction?: SortDirection;
  page: number;
};

type SearchParams = Record<string, string | readonly string[] | undefined> | URLSearchParams;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const all = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const reverse = <K extends string, V extends string>(map: Record<K, V>) =>
  Object.fromEntries(Object.entries(map).map(([key, value]) => [value, key])) as Record<V, K>;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);
const flag = z
  .preprocess(first, z.literal("1"))
  .transform(() => true)
  .catch(false);

const SORT_BY_PARAM = reverse(ACTION_LIST_SORTS);
const DIRECTION_BY_PARAM = reverse(DIRECTIONS);

export const ActionListFiltersSchema = z.object({
  zoek: optional(
    z
      .string()
      .transform((text) => withoutControlCharacters(text).trim().slice(0, SEARCH_MAX_LENGTH).trim())
      .transform((text) => text || undefined),
  ),
  // Ids and codes are only looked up, never trusted: an unknown one simply matches nothing.
  evaluatie: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  aanbeveling: optional(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  organisatie: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9]{1,16}$/)
      .transform((code) => code.toUpperCase()),
  ),
  status: z
    .preprocess(all, z.array(z.unknown()))
    .transform((values) => ACTION_STATUSES.filter((status) => values.includes(status))),
  van: optional(calendarDate),
  tot: optional(calendarDate),
  "te-laat": flag,
  mijn: flag,
  sorteer: optional(
    z
      .enum(Object.values(ACTION_LIST_SORTS) as [string, ...string[]])
      .transform((value) => SORT_BY_PARAM[value as (typeof ACTION_LIST_SORTS)[ActionListSort]]),
  ),
  richting: optional(
    z
      .enum(Object.values(DIRECTIONS) as [string, ...string[]])
      .transform((value) => DIRECTION_BY_PARAM[value as (typeof DIRECTIONS)[SortDirection]]),
  ),
  pagina: z.preprocess(first, PageNumberSchema),
});

export function parseActionListFilters(searchParams: SearchParams): ActionListFilters {
  const raw = searchParams instanceof URLSearchParams ? fromUrlSearchParams(searchParams) : searchParams;
  const parsed = ActionListFiltersSchema.parse(raw);
  return {
    query: parsed.zoek,
    evaluationId: parsed.evaluatie,
    recommendationId: parsed.aanbeveling,
    organisationCode: parsed.organisatie,
    statuses: parsed.status,
    dueFrom: parsed.van,
    dueTo: parsed.tot,
    overdue: parsed["te-laat"],
    mine: parsed.mijn,
    sort: parsed.sorteer,
    direction: parsed.richting,
    page: parsed.pagina,
  };
}

function fromUrlSearchParams(params: URLSearchParams): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [key, value] of params) (result[key] ??= []).push(value);
  return result;
}

/** The sort the list uses: relevance only while searching; the deadline by default. */
export function effectiveSort(filters: Pick<ActionListFilters, "query" | "sort" | "direction">): {
  sort: ActionListSort;
  direction: SortDirection;
} {
  const sort =
    filters.sort === "relevance" && !filters.query
      ? "dueDate"
      : (filters.sort ?? (filters.query ? "relevance" : "dueDate"));
  // Relevance has one direction: best first.
  return { sort, direction: sort === "relevance" ? "desc" : (filters.direction ?? "asc") };
}

/** Whether any filter (not the sort or the page) is set. */
export function hasActiveFilters(filters: ActionListFilters): boolean {
  return Boolean(
    filters.query ||
    filters.evaluationId ||
    filters.recommendationId ||
    filters.organisationCode ||
    filters.statuses.length ||
    filters.dueFrom ||
    filters.dueTo ||
    filters.overdue ||
    filters.mine,
  );
}

/** The URL parameters for these filters, leaving out what is at its default. */
export function actionListSearchParams(filters: ActionListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query) params.set("zoek", filters.query);
  if (filters.evaluationId) params.set("evaluatie", filters.evaluationId);
  if (filters.recommendationId) params.set("aanbeveling", filters.recommendationId);
  if (filters.organisationCode) params.set("organisatie", filters.organisationCode);
  for (const status of filters.statuses) params.append("status", status);
  if (filters.dueFrom) params.set("van", filters.dueFrom);
  if (filters.dueTo) params.set("tot", filters.dueTo);
  if (filters.overdue) params.set("te-laat", "1");
  if (filters.mine) params.set("mijn", "1");
  if (filters.sort) params.set("sorteer", ACTION_LIST_SORTS[filters.sort]);
  if (filters.direction) params.set("richting", DIRECTIONS[filters.direction]);
  if (filters.page > 1) params.set("pagina", String(filters.page));
  return params;
}

/** A link to the list with these filters, e.g. for a sort header or another page. */
export function actionListHref(filters: ActionListFilters, path = "/acties"): string {
  const query = actionListSearchParams(filters).toString();
  return query ? `${path}?${query}` : path;
}

/** The URL value of a sort and a direction, for the filter form's hidden fields. */
export const sortParam = (sort: ActionListSort) => ACTION_LIST_SORTS[sort];
export const directionParam = (direction: SortDirection) => DIRECTIONS[direction];
