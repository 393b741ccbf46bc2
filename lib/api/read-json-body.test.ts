// The JSON body's nesting limit: checked without recursion, so a body nested far deeper than
// the stack allows is a 400 with a Dutch detail, and a body at the limit passes to the schema.
import { describe, expect, it } from "vitest";
import { API_MAX_NESTING, readJsonBody } from "@/lib/api/read-json-body";

function request(body: string): Request {
  return new Request("http://localhost/api/v1/x", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body,
  });
}

const nested = (levels: number, inner = "1") => "[".repeat(levels) + inner + "]".repeat(levels);

describe("readJsonBody: nesting", () => {
  it("accepts a body nested exactly to the limit, and reads control characters at that depth", async () => {
    expect(await readJsonBody(request(nested(API_MAX_NESTING)))).toMatchObject({ ok: true });
    const controlled = await readJsonBody(request(nested(API_MAX_NESTING, '"a\\u0000"')));
    expect(controlled).toMatchObject({ ok: false, status: 422 });
    expect(controlled.ok === false && controlled.errors?.[0]?.field).toBe(Array(API_MAX_NESTING).fill("0").join("."));
  });

  it("refuses one level more, objects and arrays alike, with a Dutch detail naming the limit", async () => {
    expect(await readJsonBody(request(nested(API_MAX_NESTING + 1)))).toEqual({
      ok: false,
      status: 400,
      detail: `De JSON is te diep genest: objecten en lijsten mogen hoogstens ${API_MAX_NESTING} niveaus in elkaar zitten.`,
    });
    const objects = '{"a":'.repeat(API_MAX_NESTING + 1) + "1" + "}".repeat(API_MAX_NESTING + 1);
    expect(await readJsonBody(request(objects))).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses 50,000 levels (100 kB) as too deep instead of overflowing the stack", async () => {
    expect(await readJsonBody(request(nested(49_999)))).toMatchObject({ ok: false, status: 400 });
  });
});
