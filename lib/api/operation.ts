// One operation of the JSON API: its method and path, the zod schemas of its path
// parameters, query, body and answer, and what it runs. Route handlers are made from it
// (lib/api/api-handler.ts) and so is the OpenAPI document (lib/api/openapi-document.ts): the
// document cannot describe other schemas than the ones that check the requests.
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";

export type ApiMethod = "GET" | "POST";

type AnyObject = z.ZodType<Record<string, unknown>>;

export type ApiOperation<
  P extends AnyObject = AnyObject,
  Q extends AnyObject = AnyObject,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> = {
  operationId: string;
  method: ApiMethod;
  /** Under /api/v1, with {name} for a path parameter. */
  path: string;
  /** Dutch, one line. */
  summary: string;
  description: string;
  tag: string;
  params?: P;
  query?: Q;
  /** Dutch descriptions of the query parameters, by name. */
  queryDescriptions?: Record<string, string>;
  /** Overrides of a query parameter's JSON Schema where zod's input type says too little (e.g. a repeated enum). */
  queryJsonSchemas?: Record<string, object>;
  body?: B;
  response: R;
  successStatus: 200 | 201;
  /** The error statuses this operation can answer besides 401, 429 and 500. */
  errors: number[];
  run: (context: {
    actor: Actor;
    params: z.output<P>;
    query: z.output<Q>;
    body: z.output<B>;
    searchParams: URLSearchParams;
  }) => Promise<z.input<R>>;
};

export function defineOperation<P extends AnyObject, Q extends AnyObject, B extends z.ZodType, R extends z.ZodType>(
  operation: ApiOperation<P, Q, B, R>,
): ApiOperation<P, Q, B, R> {
  return operation;
}
