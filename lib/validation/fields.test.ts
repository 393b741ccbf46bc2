// The shared fields every form uses: the row version a form was rendered with is refused, in
// Dutch, outside the range a row's version can have, before it reaches a query.
import { describe, expect, it } from "vitest";
import { MAX_DATABASE_INT, rowVersion } from "@/lib/validation/fields";

describe("rowVersion", () => {
  it("takes a version a row can have", () => {
    expect(rowVersion.parse("1")).toBe(1);
    expect(rowVersion.parse(String(MAX_DATABASE_INT))).toBe(MAX_DATABASE_INT);
  });

  // The fuzzing's 342nd input for "Opnieuw genereren": 2147483648 reached PostgreSQL and answered 500.
  it.each(["2147483648", "1e12", "0", "-1", "1.5", "", "abc"])("refuses %j as an outdated form", (version) => {
    const result = rowVersion.safeParse(version);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Het formulier is verouderd. Laad de pagina opnieuw.");
  });
});
