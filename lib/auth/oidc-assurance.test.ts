import { describe, expect, it } from "vitest";
import { checkOidcAssurance } from "./oidc-assurance";

describe("checkOidcAssurance (ASVS 6.8.4)", () => {
  it("accepts anything when nothing is required", () => {
    expect(checkOidcAssurance({}, { acr: [], amr: [] })).toBeNull();
    expect(checkOidcAssurance(undefined, { acr: [], amr: [] })).toBeNull();
  });

  it("wants acr to be one of the listed levels", () => {
    const required = { acr: ["urn:substantieel", "urn:hoog"], amr: [] };
    expect(checkOidcAssurance({ acr: "urn:hoog" }, required)).toBeNull();
    expect(checkOidcAssurance({ acr: "urn:laag" }, required)).toBe("acr");
    expect(checkOidcAssurance({}, required)).toBe("acr");
    expect(checkOidcAssurance({ acr: ["urn:hoog"] }, required)).toBe("acr");
  });

  it("wants amr to contain every listed method", () => {
    const required = { acr: [], amr: ["pwd", "otp"] };
    expect(checkOidcAssurance({ amr: ["otp", "pwd", "hwk"] }, required)).toBeNull();
    expect(checkOidcAssurance({ amr: ["pwd"] }, required)).toBe("amr");
    expect(checkOidcAssurance({ amr: "pwd otp" }, required)).toBe("amr");
    expect(checkOidcAssurance({}, required)).toBe("amr");
  });
});
