import { describe, expect, it } from "vitest";
import { DEADLINE_SOON_DAYS, deadlineState } from "@/lib/action-items/deadline-state";
import { addDays } from "@/lib/clock";

const today = "2023-04-03";

describe("deadlineState", () => {
  it("is te laat from the day after the deadline, for every open status", () => {
    for (const status of ["NOT_STARTED", "IN_PROGRESS", "DELAYED"] as const) {
      expect(deadlineState({ status, dueDate: "2023-04-02" }, today)).toBe("OVERDUE");
      expect(deadlineState({ status, dueDate: today }, today)).toBe("DUE_SOON");
    }
  });

  it(`is binnen ${DEADLINE_SOON_DAYS} dagen up to and including day ${DEADLINE_SOON_DAYS}, op schema after`, () => {
    expect(deadlineState({ status: "IN_PROGRESS", dueDate: addDays(today, DEADLINE_SOON_DAYS) }, today)).toBe("DUE_SOON");
    expect(deadlineState({ status: "IN_PROGRESS", dueDate: addDays(today, DEADLINE_SOON_DAYS + 1) }, today)).toBe("ON_TRACK");
  });

  it("is afgerond for a done action whatever its date, and nothing for a cancelled one", () => {
    expect(deadlineState({ status: "DONE", dueDate: "2020-01-01" }, today)).toBe("DONE");
    expect(deadlineState({ status: "CANCELLED", dueDate: "2020-01-01" }, today)).toBeNull();
  });

  it("counts calendar days across the change to summer time", () => {
    // 26 March 2023 had 23 hours in Amsterdam; 30 days from 1 March is 31 March either way.
    expect(deadlineState({ status: "NOT_STARTED", dueDate: "2023-03-31" }, "2023-03-01")).toBe("DUE_SOON");
    expect(deadlineState({ status: "NOT_STARTED", dueDate: "2023-04-01" }, "2023-03-01")).toBe("ON_TRACK");
  });
});
