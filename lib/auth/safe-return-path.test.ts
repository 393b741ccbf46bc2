import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps a same-site path", () => {
    expect(safeReturnPath("/aanbevelingen?thema=x")).toBe("/aanbevelingen?thema=x");
  });

  it("refuses other sites, protocol-relative URLs and the sign-in page itself", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "/inloggen", "/api/auth/signout", undefined, 42]) {
      expect(safeReturnPath(value)).toBe("/aanbevelingen");
    }
  });
});
