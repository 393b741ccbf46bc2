import { describe, expect, it } from "vitest";
import { DEADLINE_SOON_DAYS, deadlineState } from "./deadline-state";

const TODAY = "2023-04-03";

describe("deadlineState", () => {
  it("is overdue for an open action whose due date lies before today", () => {
    expect(deadlineState({ status: "IN_PROGRESS", dueDate: "2023-04-02" }, TODAY)).toBe("OVERDUE");
    expect(deadlineState({ status: "NOT_STARTED", dueDate: "2022-12-31" }, TODAY)).toBe("OVERDUE");
    expect(deadlineState({ status: "DELAYED", dueDate: "2023-03-15" }, TODAY)).toBe("OVERDUE");
  });

  it("is due soon from today up to and including 30 days ahead", () => {
    expect(DEADLINE_SOON_DAYS).toBe(30);
    expect(deadlineState({ status: "IN_PROGRESS", dueDate: TODAY }, TODAY)).toBe("SOON");
    expect(deadlineState({ status: "IN_PROGRESS", dueDate: "2023-05-03" }, TODAY)).toBe("SOON");
    expect(deadlineState({ status: "IN_PROGRESS", dueDate: "2023-05-04" }, TODAY)).toBe("ON_TRACK");
  });

  it("is done for a done action whatever its date, and absent for a cancelled one", () => {
    expect(deadlineState({ status: "DONE", dueDate: "2020-01-01" }, TODAY)).toBe("DONE");
    expect(deadlineState({ status: "CANCELLED", dueDate: "2020-01-01" }, TODAY)).toBeNull();
  });
});
