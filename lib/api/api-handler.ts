// The one wrapper every /api/v1 route handler goes through, in this order: the bearer token
// → the actor (401), the rate limit per token (429), the path parameters (404), the query and
// the JSON body (400, 413, 415, 422), then the operation, which calls the same domain
// function as the UI. Domain errors map as in lib/actions/run-form-action.ts: FORBIDDEN →
// 403 and the refused attempt in the audit trail, NOT_FOUND → 404, CONFLICT → 409 with who
// changed what, INVALID → 422; anything else is logged with a reference (500), never shown.
import "@/lib/validation/dutch-zod-messages";
import "server-only";
import type { z } from "zod";
import { authenticateApiToken, bearerToken } from "@/lib/api-tokens/authenticate-api-token";
import { consumeRateLimit } from "@/lib/api/rate-limit";
import { problem, unauthenticated } from "@/lib/api/problem";
import { readJsonBody } from "@/lib/api/read-json-body";
import type { ApiOperation } from "@/lib/api/operation";
import { fieldErrorsOf } from "@/lib/actions/run-form-action";
import { recordRefusedAttempt } from "@/lib/actions/record-refused-attempt";
import { reportUnexpectedError } from "@/lib/actions/report-unexpected-error";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";

type RouteContext = { params: Promise<Record<string, string | string[]>> };

const p = nl.api.problems;

export function apiHandler(operation: ApiOperation): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    let actor: Actor | undefined;
    try {
      const caller = await authenticateApiToken(bearerToken(request));
      if (!caller) return unauthenticated();
      actor = caller.actor;

      const rate = await consumeRateLimit(caller.tokenId);
      const rateHeaders = { "RateLimit-Limit": String(rate.limit), "RateLimit-Remaining": String(rate.remaining) };
      if (!rate.allowed) {
        return problem(
          429,
          { detail: p.rateLimitedDetail(rate.limit, rate.retryAfterSeconds) },
          { ...rateHeaders, "Retry-After": String(rate.retryAfterSeconds) },
        );
      }

      const params = operation.params
        ? operation.params.safeParse((await context?.params) ?? {})
        : { success: true as const, data: {} };
      if (!params.success) return problem(404, { detail: p.notFoundDetail }, rateHeaders);

      const searchParams = new URL(request.url).searchParams;
      const query = operation.query
        ? operation.query.safeParse(queryRecord(searchParams))
        : { success: true as const, data: {} };
      if (!query.success) return invalid(query.error, rateHeaders);

      let body: unknown = undefined;
      if (operation.body) {
        const read = await readJsonBody(request);
        if (!read.ok) return problem(read.status, { detail: read.detail, errors: read.errors }, rateHeaders);
        const parsed = operation.body.safeParse(read.value);
        if (!parsed.success) return invalid(parsed.error, rateHeaders);
        body = parsed.data;
      }

      const data = await operation.run({ actor, params: params.data, query: query.data, body, searchParams });
      return new Response(JSON.stringify(data), {
        status: operation.successStatus,
        headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...rateHeaders },
      });
    } catch (error) {
      return errorResponse(error, actor);
    }
  };
}

function invalid(error: z.ZodError, headers: Record<string, string>): Response {
  const errors = Object.entries(fieldErrorsOf(error)).map(([field, message]) => ({
    field: field === "form" ? "body" : field,
    message: message!,
  }));
  return problem(422, { detail: p.invalidDetail, errors }, headers);
}

async function errorResponse(error: unknown, actor: Actor | undefined): Promise<Response> {
  if (!isAppError(error)) {
    const reference = reportUnexpectedError(error, { actorId: actor?.id });
    return problem(500, { detail: `${nl.errors.generic} ${nl.forms.errorReference(reference)}`, reference });
  }
  switch (error.code) {
    case "UNAUTHENTICATED":
      return unauthenticated();
    case "FORBIDDEN":
      if (actor) await recordRefusedAttempt(actor, error);
      return problem(403, { detail: error.message });
    case "NOT_FOUND":
      return problem(404, { detail: error.message });
    case "CONFLICT": {
      const conflict = error.details.conflict;
      // "Gewijzigd door <naam> om <tijd>." and what to do about it.
      return problem(409, {
        detail: `${error.message} ${p.conflictDetail}`,
        conflict: conflict
          ? {
              changedBy: conflict.changedBy,
              changedAt: conflict.changedAt?.toISOString() ?? null,
              changes: conflict.changes,
            }
          : undefined,
      });
    }
    case "INVALID": {
      const field = error.details.fieldError;
      return problem(422, { detail: field ? p.invalidDetail : error.message, errors: field ? [field] : undefined });
    }
  }
}

/** The query as zod sees it: one value as a string, a repeated parameter as an array. */
function queryRecord(searchParams: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}
