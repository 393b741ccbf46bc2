import { describe, expect, it } from "vitest";
import { isKeptFieldType, isNavigationForm } from "./form-fields";

describe("which fields are kept in a draft", () => {
  it("keeps what a person types or chooses", () => {
    for (const type of ["text", "textarea", "select-one", "select-multiple", "checkbox", "radio", "date", "number"])
      expect(isKeptFieldType(type, "veld")).toBe(true);
  });

  it("never keeps passwords, files, hidden values, buttons, unnamed fields or Next's own inputs", () => {
    for (const type of ["password", "PASSWORD", "file", "hidden", "submit", "button", "reset", "image"])
      expect(isKeptFieldType(type, "veld")).toBe(false);
    expect(isKeptFieldType("text", "")).toBe(false);
    expect(isKeptFieldType("text", "$ACTION_ID_abc")).toBe(false);
  });
});

describe("which forms keep drafts", () => {
  it("not a filter form that sends by GET to an address: its state is in the URL", () => {
    expect(isNavigationForm("get", "/acties")).toBe(true);
    expect(isNavigationForm("GET", null)).toBe(true);
  });

  it("every form of a server action", () => {
    expect(isNavigationForm("post", "")).toBe(false);
    expect(isNavigationForm("get", "javascript:throw new Error('React form unexpectedly submitted.')")).toBe(false);
  });
});
