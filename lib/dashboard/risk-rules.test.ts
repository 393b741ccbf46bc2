import { describe, expect, it } from "vitest";
import {
  HALF_DONE_PERCENT,
  MOVED_DEADLINE_COUNT,
  NO_UPDATE_DAYS,
  hasMovedDeadline,
  hasNoRecentUpdate,
  isBehindSchedule,
  riskFlags,
} from "./risk-rules";

const TODAY = "2023-04-03";
const base = {
  startDate: "2023-01-01",
  dueDate: "2023-12-31",
  percentDone: 60,
  lastUpdateOn: "2023-03-30",
  approvedDeadlineChanges: 0,
};

describe("risk rules (pinned today)", () => {
  it("has its thresholds in one place", () => {
    expect([NO_UPDATE_DAYS, HALF_DONE_PERCENT, MOVED_DEADLINE_COUNT]).toEqual([30, 50, 2]);
  });

  it("flags nothing for an action updated recently, past half way and never moved", () => {
    expect(riskFlags(base, TODAY)).toEqual([]);
  });

  describe("no update for 30 days", () => {
    it("counts from the latest update: 30 days is flagged, 29 is not", () => {
      expect(hasNoRecentUpdate({ ...base, lastUpdateOn: "2023-03-04" }, TODAY)).toBe(true);
      expect(hasNoRecentUpdate({ ...base, lastUpdateOn: "2023-03-05" }, TODAY)).toBe(false);
    });

    it("counts from the start without an update, and leaves an action that starts later alone", () => {
      expect(hasNoRecentUpdate({ startDate: "2023-01-01", lastUpdateOn: null }, TODAY)).toBe(true);
      expect(hasNoRecentUpdate({ startDate: "2023-04-03", lastUpdateOn: null }, TODAY)).toBe(false);
      expect(hasNoRecentUpdate({ startDate: "2023-06-01", lastUpdateOn: null }, TODAY)).toBe(false);
    });

    it("counts calendar days across the change to and from summer time", () => {
      // 26 March 2023 and 29 October 2023: days of 23 and 25 hours in Amsterdam.
      expect(hasNoRecentUpdate({ ...base, lastUpdateOn: "2023-03-01" }, "2023-03-31")).toBe(true);
      expect(hasNoRecentUpdate({ ...base, lastUpdateOn: "2023-03-02" }, "2023-03-31")).toBe(false);
      expect(hasNoRecentUpdate({ ...base, lastUpdateOn: "2023-10-01" }, "2023-10-31")).toBe(true);
      expect(hasNoRecentUpdate({ ...base, lastUpdateOn: "2023-10-02" }, "2023-10-31")).toBe(false);
    });

    it("counts a leap day", () => {
      // 2024-02-01 → 2024-03-02 is 30 days with 29 February; the same dates in 2023 are 29.
      expect(hasNoRecentUpdate({ ...base, lastUpdateOn: "2024-02-01" }, "2024-03-02")).toBe(true);
      expect(hasNoRecentUpdate({ ...base, lastUpdateOn: "2024-02-02" }, "2024-03-02")).toBe(false);
      expect(hasNoRecentUpdate({ ...base, lastUpdateOn: "2023-02-01" }, "2023-03-02")).toBe(false);
    });
  });

  describe("less than half done with under a quarter of the time left", () => {
    // A term of 100 days: 1 Jan to 11 April 2023; a quarter is 25 days.
    const term = { startDate: "2023-01-01", dueDate: "2023-04-11", percentDone: 40 };

    it("flags under a quarter left, not exactly a quarter", () => {
      expect(isBehindSchedule(term, "2023-03-17")).toBe(false); // 25 days left
      expect(isBehindSchedule(term, "2023-03-18")).toBe(true); // 24 days left
    });

    it("needs less than half done", () => {
      expect(isBehindSchedule({ ...term, percentDone: 49 }, "2023-04-01")).toBe(true);
      expect(isBehindSchedule({ ...term, percentDone: 50 }, "2023-04-01")).toBe(false);
    });

    it("flags an action due today, not one due yesterday (that one is te laat already)", () => {
      expect(isBehindSchedule(term, "2023-04-11")).toBe(true);
      expect(isBehindSchedule(term, "2023-04-12")).toBe(false);
    });

    it("flags a term that starts on its deadline", () => {
      expect(isBehindSchedule({ startDate: "2023-04-11", dueDate: "2023-04-11", percentDone: 0 }, "2023-04-11")).toBe(
        true,
      );
    });

    it("works on the last day of a month and across a leap day", () => {
      // 1 Feb to 31 March 2024: 59 days with the leap day; 14 left is under a quarter (14.75).
      const leap = { startDate: "2024-02-01", dueDate: "2024-03-31", percentDone: 10 };
      expect(isBehindSchedule(leap, "2024-03-17")).toBe(true);
      expect(isBehindSchedule(leap, "2024-03-16")).toBe(false); // 15 left: 60 ≥ 59
      // The same in 2023 is 58 days: 14 left (56 < 58) is flagged, 15 (60) is not.
      const plain = { startDate: "2023-02-01", dueDate: "2023-03-31", percentDone: 10 };
      expect(isBehindSchedule(plain, "2023-03-17")).toBe(true);
      expect(isBehindSchedule(plain, "2023-03-16")).toBe(false);
    });

    it("counts days, not hours, across the change to summer time", () => {
      // 1 to 29 March 2023 (28 days, over 26 March): 6 days left is under 7, 7 is not.
      const spring = { startDate: "2023-03-01", dueDate: "2023-03-29", percentDone: 0 };
      expect(isBehindSchedule(spring, "2023-03-23")).toBe(true);
      expect(isBehindSchedule(spring, "2023-03-22")).toBe(false);
    });
  });

  describe("a deadline moved more than once", () => {
    it("flags two approved changes, not one", () => {
      expect(hasMovedDeadline({ approvedDeadlineChanges: 1 })).toBe(false);
      expect(hasMovedDeadline({ approvedDeadlineChanges: 2 })).toBe(true);
    });
  });

  it("names every rule an action trips, in a fixed order", () => {
    expect(
      riskFlags(
        {
          startDate: "2023-01-01",
          dueDate: "2023-04-05",
          percentDone: 10,
          lastUpdateOn: null,
          approvedDeadlineChanges: 3,
        },
        TODAY,
      ),
    ).toEqual(["NO_RECENT_UPDATE", "BEHIND_SCHEDULE", "DEADLINE_MOVED"]);
  });
});
