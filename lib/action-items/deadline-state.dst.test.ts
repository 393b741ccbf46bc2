// The deadline state counts calendar days, not 24-hour periods: the same around the change
// to summer time (26 March 2023 had 23 hours in Amsterdam).
import { describe, expect, it } from "vitest";
import { deadlineState } from "@/lib/action-items/deadline-state";

describe("deadlineState across the change to summer time", () => {
  it("puts day 30 inside and day 31 outside 'binnen 30 dagen'", () => {
    expect(deadlineState({ status: "NOT_STARTED", dueDate: "2023-03-31" }, "2023-03-01")).toBe("SOON");
    expect(deadlineState({ status: "NOT_STARTED", dueDate: "2023-04-01" }, "2023-03-01")).toBe("ON_TRACK");
    expect(deadlineState({ status: "DELAYED", dueDate: "2023-03-25" }, "2023-03-26")).toBe("OVERDUE");
  });
});
