// Every zod schema in lib/validation, fed hostile input: it must answer with a result (never
// throw), within the time bound, and every refusal must carry a Dutch message of our own
// (never zod's English default). A schema added to lib/validation is covered without a change here.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import {
  applyEdits,
  ENGLISH_DEFAULT_MESSAGE,
  fuzzRuns,
  fuzzSeed,
  hostileEdits,
  hostileJson,
  MAX_MS_PER_INPUT,
} from "./hostile-input";

const RUNS = fuzzRuns(50);

const modules = import.meta.glob<Record<string, unknown>>("/lib/validation/*.ts", { eager: true });

const schemas = Object.entries(modules)
  .filter(([path]) => !path.endsWith(".test.ts"))
  .flatMap(([path, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
      .map(([name, schema]) => ({ name: `${path.slice(1)}#${name}`, schema })),
  );

function shapeOf(schema: z.ZodType): Record<string, unknown> | undefined {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape && typeof shape === "object"
    ? Object.fromEntries(Object.keys(shape).map((key) => [key, ""]))
    : undefined;
}

function check(schema: z.ZodType, input: unknown) {
  const started = performance.now();
  const result = schema.safeParse(input);
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_INPUT);
  if (!result.success) {
    for (const issue of result.error.issues) {
      expect(typeof issue.message).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.message, `${issue.code} at ${issue.path.join(".")}`).not.toMatch(ENGLISH_DEFAULT_MESSAGE);
    }
  }
}

describe("every zod schema under hostile input", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(20);
  });

  for (const { name, schema } of schemas) {
    it(`${name}: a result with Dutch messages, never an exception`, () => {
      const fields = shapeOf(schema);
      fc.assert(
        fc.property(hostileJson, hostileEdits, fc.boolean(), (value, edits, asText) => {
          // An object schema gets its own fields with hostile values (as a form or as JSON would
          // send them); every schema also gets a value of any shape in place of the whole input.
          if (fields) check(schema, applyEdits(fields, edits, asText));
          check(schema, value);
        }),
        { numRuns: RUNS, seed: fuzzSeed() },
      );
    });
  }
});
