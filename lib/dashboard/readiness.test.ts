import { describe, expect, it } from "vitest";
import { countdownDays, isUpdatedSince, readiness } from "./readiness";
import { commitmentDeadlineState } from "./commitment-deadline-state";

describe("readiness of the next parliamentary deadline", () => {
  it("counts an update only after the day of the last letter", () => {
    expect(isUpdatedSince("2022-11-18", "2022-11-17")).toBe(true);
    expect(isUpdatedSince("2022-11-17", "2022-11-17")).toBe(false);
    expect(isUpdatedSince(null, "2022-11-17")).toBe(false);
    expect(isUpdatedSince("2020-01-01", null)).toBe(true);
  });

  it("gives the share ready and the actions without an update, in their order", () => {
    const actions = [
      { id: "a", lastUpdateOn: "2023-03-30" },
      { id: "b", lastUpdateOn: null },
      { id: "c", lastUpdateOn: "2022-11-01" },
    ];
    const result = readiness(actions, "2022-11-17");
    expect(result).toMatchObject({ total: 3, ready: 1, percent: 33 });
    expect(result.notReady.map((action) => action.id)).toEqual(["b", "c"]);
  });

  it("is ready with no open actions, and rounds down (never 100% with one missing)", () => {
    expect(readiness([], "2022-11-17")).toMatchObject({ total: 0, ready: 0, percent: 100 });
    const many = Array.from({ length: 200 }, (_, i) => ({ lastUpdateOn: i === 0 ? null : "2023-01-01" }));
    expect(readiness(many, "2022-11-17").percent).toBe(99);
  });
});

describe("countdown in days", () => {
  it("is 0 on the day, 1 the day before, negative after", () => {
    expect(countdownDays("2023-07-07", "2023-07-07")).toBe(0);
    expect(countdownDays("2023-07-07", "2023-07-06")).toBe(1);
    expect(countdownDays("2023-07-07", "2023-07-08")).toBe(-1);
    expect(countdownDays("2023-07-07", "2023-04-03")).toBe(95);
  });

  it("counts whole days across summer time, a month's end and a leap day", () => {
    expect(countdownDays("2023-03-27", "2023-03-25")).toBe(2); // 26 March has 23 hours
    expect(countdownDays("2023-10-30", "2023-10-28")).toBe(2); // 29 October has 25 hours
    expect(countdownDays("2024-03-01", "2024-02-28")).toBe(2);
    expect(countdownDays("2023-03-01", "2023-02-28")).toBe(1);
    expect(countdownDays("2023-05-01", "2023-04-30")).toBe(1);
  });
});

describe("a commitment's deadline state", () => {
  const today = "2023-04-03";
  it("uses the words of the action deadline states", () => {
    expect(commitmentDeadlineState({ status: "OPEN", dueDate: "2023-04-02" }, today)).toBe("OVERDUE");
    expect(commitmentDeadlineState({ status: "OPEN", dueDate: today }, today)).toBe("SOON");
    expect(commitmentDeadlineState({ status: "OPEN", dueDate: "2023-05-03" }, today)).toBe("SOON");
    expect(commitmentDeadlineState({ status: "OPEN", dueDate: "2023-05-04" }, today)).toBe("ON_TRACK");
    expect(commitmentDeadlineState({ status: "FULFILLED", dueDate: "2022-12-31" }, today)).toBe("DONE");
    expect(commitmentDeadlineState({ status: "PARTLY_FULFILLED", dueDate: "2022-12-31" }, today)).toBe("DONE");
    expect(commitmentDeadlineState({ status: "LAPSED", dueDate: "2022-12-31" }, today)).toBeNull();
  });
});
