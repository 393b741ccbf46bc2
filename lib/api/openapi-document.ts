// The OpenAPI 3.1 document of /api/v1, made from the operations' own zod schemas with zod 4's
// JSON Schema output (OpenAPI 3.1's schemas are JSON Schema 2020-12), so it cannot drift
// from what the handlers check. Served at /api/v1/openapi.json and rendered on /api.
import "server-only";
import { z } from "zod";
import { API_OPERATIONS } from "@/lib/api/operations";
import type { ApiOperation } from "@/lib/api/operation";
import { PROBLEM_TITLES } from "@/lib/api/problem";
import { API_RATE_LIMIT_PER_MINUTE } from "@/lib/api/rate-limit";
import { API_BODY_LIMIT_BYTES } from "@/lib/api/read-json-body";
import { nl } from "@/lib/i18n/nl";

export type JsonSchema = { [key: string]: unknown };

export const API_BASE_PATH = "/api/v1";
export const OPENAPI_PATH = "/openapi.json";

type Io = "input" | "output";

export function toSchema(schema: z.ZodType, io: Io): JsonSchema {
  const result = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  // The dialect is the document's (jsonSchemaDialect), not each schema's.
  delete result.$schema;
  return result;
}

const ALWAYS = [401, 429, 500];

const problemSchema: JsonSchema = {
  type: "object",
  description: "Een fout als application/problem+json (RFC 9457), met een Nederlandse title.",
  required: ["type", "title", "status"],
  properties: {
    type: { type: "string", description: "verwijzing naar de uitleg van de fout" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    errors: {
      type: "array",
      description: "bij 422: per veld de melding",
      items: {
        type: "object",
        required: ["field", "message"],
        properties: { field: { type: "string" }, message: { type: "string" } },
      },
    },
    conflict: {
      type: "object",
      description: "bij 409: wie het gegeven eerder wijzigde, wanneer en wat",
      properties: {
        changedBy: { type: ["string", "null"] },
        changedAt: { type: ["string", "null"], format: "date-time" },
        changes: {
          type: "array",
          items: { type: "object", properties: { field: { type: "string" }, before: {}, after: {} } },
        },
      },
    },
    reference: { type: "string", description: "bij 500: de foutcode om de fout terug te vinden" },
  },
};

function parameters(operation: ApiOperation): JsonSchema[] {
  const result: JsonSchema[] = [];
  if (operation.params) {
    for (const [name, schema] of Object.entries(properties(toSchema(operation.params, "input")))) {
      const { description, ...rest } = schema;
      result.push({ name, in: "path", required: true, description: description ?? name, schema: rest });
    }
  }
  if (operation.query) {
    for (const [name, schema] of Object.entries(properties(toSchema(operation.query, "input")))) {
      const rest = { ...schema };
      delete rest.description;
      result.push({
        name,
        in: "query",
        required: false,
        description: operation.queryDescriptions?.[name] ?? name,
        schema: operation.queryJsonSchemas?.[name] ?? rest,
        ...(operation.queryJsonSchemas?.[name] && (operation.queryJsonSchemas[name] as JsonSchema).type === "array"
          ? { style: "form", explode: true }
          : {}),
      });
    }
  }
  return result;
}

function properties(schema: JsonSchema): Record<string, JsonSchema> {
  return (schema.properties ?? {}) as Record<string, JsonSchema>;
}

function responses(operation: ApiOperation): JsonSchema {
  const result: JsonSchema = {
    [String(operation.successStatus)]: {
      description: operation.successStatus === 201 ? "Opgeslagen" : "Gelukt",
      content: { "application/json": { schema: toSchema(operation.response, "output") } },
    },
  };
  for (const status of [...new Set([...operation.errors, ...ALWAYS])].sort()) {
    result[String(status)] = { $ref: `#/components/responses/Problem${status}` };
  }
  return result;
}

export function openApiDocument(): JsonSchema {
  const paths: Record<string, JsonSchema> = {
    [OPENAPI_PATH]: {
      get: {
        operationId: "getOpenApiDocument",
        tags: ["Documentatie"],
        summary: "Dit OpenAPI-document",
        description: "Het OpenAPI 3.1-document van deze API; zonder token op te halen.",
        security: [],
        responses: {
          "200": { description: "Gelukt", content: { "application/json": { schema: { type: "object" } } } },
        },
      },
    },
  };
  for (const operation of API_OPERATIONS) {
    const item = (paths[operation.path] ??= {});
    item[operation.method.toLowerCase()] = {
      operationId: operation.operationId,
      tags: [operation.tag],
      summary: operation.summary,
      description: operation.description,
      parameters: parameters(operation),
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: toSchema(operation.body, "input") } },
            },
          }
        : {}),
      responses: responses(operation),
    };
  }
  const statuses = [...new Set(API_OPERATIONS.flatMap((operation) => [...operation.errors, ...ALWAYS]))].sort();
  const reference = nl.api.reference;
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: {
      title: "Opvolging API",
      version: "1.0.0",
      description: [
        reference.intro,
        reference.auth,
        ...reference.rules,
        reference.rateLimit(API_RATE_LIMIT_PER_MINUTE),
      ].join("\n\n"),
    },
    servers: [{ url: API_BASE_PATH }],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(["Documentatie", ...API_OPERATIONS.map((operation) => operation.tag)])].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: reference.auth } },
      schemas: { Problem: problemSchema },
      responses: Object.fromEntries(
        statuses.map((status) => [
          `Problem${status}`,
          {
            description: PROBLEM_TITLES[status],
            ...(status === 429
              ? {
                  headers: {
                    "Retry-After": { description: "seconden tot het volgende venster", schema: { type: "integer" } },
                  },
                }
              : {}),
            content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
          },
        ]),
      ),
    },
    "x-body-limit-bytes": API_BODY_LIMIT_BYTES,
  };
}
