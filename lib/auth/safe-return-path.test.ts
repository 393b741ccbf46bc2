import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps a same-site path", () => {
    expect(safeReturnPath("/aanbevelingen?thema=x")).toBe("/aanbevelingen?thema=x");
    expect(safeReturnPath("/aanbevelingen/3#acties")).toBe("/aanbevelingen/3#acties");
  });

  it("refuses other sites, protocol-relative URLs and the sign-in page itself", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/inloggen",
      "/inloggen?terug=/x",
      "/api/auth/signout",
      undefined,
      42,
    ]) {
      expect(safeReturnPath(value)).toBe("/");
    }
  });

  it("refuses control characters, whitespace and backslashes that browsers would strip or turn into a slash", () => {
    for (const value of [
      "/\t/evil.example",
      "/\n/x",
      "/\r/evil.example",
      "/\\evil.example",
      "/ /evil.example",
      "/\u00a0/evil.example",
      "/x\u0000",
      "/%09/ok-encoded",
    ]) {
      const result = safeReturnPath(value);
      if (value === "/%09/ok-encoded")
        expect(result).toBe(value); // percent-encoded stays a path on this site
      else expect(result).toBe("/");
    }
  });

  it("refuses a path whose parsed origin is not the app's", () => {
    // "/.." normalisation stays on the site; scheme tricks do not pass the leading-slash rule.
    expect(safeReturnPath("/../aanbevelingen")).toBe("/aanbevelingen");
    expect(safeReturnPath("javascript:alert(1)")).toBe("/");
    expect(safeReturnPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });
});
