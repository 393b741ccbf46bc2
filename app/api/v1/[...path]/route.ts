// Any other path under /api/v1: a 404 as problem+json, not the HTML page of a browser.
import { problem } from "@/lib/api/problem";
import { nl } from "@/lib/i18n/nl";

function notFound(): Response {
  return problem(404, { detail: nl.api.problems.routeNotFound });
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
