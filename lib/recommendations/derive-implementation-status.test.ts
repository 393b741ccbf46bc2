import { describe, expect, it } from "vitest";
import { deriveImplementationStatus, effectiveImplementationStatus, toOecdGrade } from "./derive-implementation-status";

describe("deriveImplementationStatus", () => {
  it("is not started without actions, or when no action has started", () => {
    expect(deriveImplementationStatus([])).toBe("NOT_STARTED");
    expect(deriveImplementationStatus(["NOT_STARTED", "NOT_STARTED"])).toBe("NOT_STARTED");
  });

  it("is implemented only when every remaining action is done", () => {
    expect(deriveImplementationStatus(["DONE", "DONE"])).toBe("IMPLEMENTED");
    expect(deriveImplementationStatus(["DONE", "IN_PROGRESS"])).toBe("IN_PROGRESS");
    expect(deriveImplementationStatus(["DONE", "NOT_STARTED"])).toBe("IN_PROGRESS");
  });

  it("ignores cancelled actions", () => {
    expect(deriveImplementationStatus(["DONE", "CANCELLED"])).toBe("IMPLEMENTED");
    expect(deriveImplementationStatus(["CANCELLED"])).toBe("NOT_STARTED");
  });

  it("is delayed as soon as one action is delayed and not all are done", () => {
    expect(deriveImplementationStatus(["DONE", "DELAYED", "IN_PROGRESS"])).toBe("DELAYED");
  });

  it("lets a coordinator's override win", () => {
    expect(effectiveImplementationStatus(["NOT_STARTED"], "IMPLEMENTED")).toBe("IMPLEMENTED");
    expect(effectiveImplementationStatus(["DONE"], null)).toBe("IMPLEMENTED");
  });
});

describe("toOecdGrade", () => {
  it("maps onto fully / partially / not implemented", () => {
    expect(toOecdGrade("IMPLEMENTED")).toBe("FULLY");
    expect(toOecdGrade("IN_PROGRESS")).toBe("PARTIALLY");
    expect(toOecdGrade("DELAYED")).toBe("PARTIALLY");
    expect(toOecdGrade("NOT_STARTED")).toBe("NOT");
  });
});
