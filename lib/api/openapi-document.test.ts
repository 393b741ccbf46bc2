// The OpenAPI document validates against the OpenAPI 3.1 schema (offline, with
// @seriousme/openapi-schema-validator), and every route file under app/api/v1 is in it with
// each method it exports — and nothing is in it that has no route file.
import { describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { openApiDocument } from "@/lib/api/openapi-document";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";

const routes = import.meta.glob<Record<string, unknown>>("/app/api/v1/**/route.ts");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** "/app/api/v1/actions/[id]/progress/route.ts" → "/actions/{id}/progress"; the catch-all has none. */
function documentPath(file: string): string | null {
  const segments = file
    .replace(/^\/app\/api\/v1/, "")
    .replace(/\/route\.ts$/, "")
    .split("/")
    .filter(Boolean);
  if (segments.some((segment) => segment.startsWith("[..."))) return null;
  return `/${segments.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
}

describe("OpenAPI document", () => {
  it("validates against the OpenAPI 3.1 schema", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(openApiDocument()));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // …and the validator does refuse a broken one (a response without its description).
    const broken = structuredClone(openApiDocument()) as {
      paths: Record<string, Record<string, { responses: Record<string, object> }>>;
    };
    broken.paths["/actions"]!.get!.responses["200"] = {};
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("holds every route file and method under app/api/v1, and nothing else", async () => {
    const inCode: string[] = [];
    for (const [file, load] of Object.entries(routes)) {
      const path = documentPath(file);
      if (path === null) continue; // the catch-all 404 of unknown paths
      const exports = await load();
      for (const method of METHODS) if (typeof exports[method] === "function") inCode.push(`${method} ${path}`);
    }
    const paths = openApiDocument().paths as Record<string, Record<string, unknown>>;
    const inDocument = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(inCode.sort()).toEqual(inDocument.sort());
    expect(inCode.length).toBeGreaterThanOrEqual(11);
  });

  it("is served without a token, and names a 401 for every other operation", async () => {
    const response = getOpenApi();
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
    };
    for (const [path, item] of Object.entries(document.paths)) {
      for (const operation of Object.values(item)) {
        if (path === "/openapi.json") expect(operation.security).toEqual([]);
        else expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["401", "429"]));
      }
    }
  });
});
