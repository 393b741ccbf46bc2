// Every error of the JSON API as application/problem+json (RFC 9457) with a Dutch title.
// `type` points at the error table of the reference page (/api#fout-<status>).
import { nl } from "@/lib/i18n/nl";

export type ProblemField = { field: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** Per field what is wrong (422). */
  errors?: ProblemField[];
  /** Who changed the record first, when, and what (409). */
  conflict?: {
    changedBy: string | null;
    changedAt: string | null;
    changes: { field: string; before: unknown; after: unknown }[];
  };
  /** The code under which an unexpected error was logged (500). */
  reference?: string;
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

const p = nl.api.problems;

/** The Dutch title of each status the API answers with, for the responses and the reference page. */
export const PROBLEM_TITLES: Record<number, string> = {
  400: p.malformedJson,
  401: p.unauthenticated,
  403: p.forbidden,
  404: p.notFound,
  405: p.methodNotAllowed,
  409: p.conflict,
  413: p.tooLarge,
  415: p.unsupportedMediaType,
  422: p.invalid,
  429: p.rateLimited,
  500: p.generic,
};

export function problem(
  status: number,
  fields: Omit<Problem, "type" | "title" | "status"> & { title?: string } = {},
  headers: Record<string, string> = {},
): Response {
  const { title, ...rest } = fields;
  const body: Problem = {
    type: `/api#fout-${status}`,
    title: title ?? PROBLEM_TITLES[status] ?? p.generic,
    status,
    ...rest,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": `${PROBLEM_CONTENT_TYPE}; charset=utf-8`, "Cache-Control": "no-store", ...headers },
  });
}

export function unauthenticated(): Response {
  return problem(401, { detail: p.unauthenticatedDetail }, { "WWW-Authenticate": 'Bearer realm="opvolging"' });
}
