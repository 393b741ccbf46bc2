import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, daysBetween, formatCalendarDate, fromCalendarDate, isTodayPinned, today, toCalendarDate } from "./clock";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("today", () => {
  it("is the pinned APP_TODAY when set", () => {
    vi.stubEnv("APP_TODAY", "2023-04-03");
    expect(today()).toBe("2023-04-03");
    expect(isTodayPinned()).toBe(true);
  });

  it("is the calendar date in Amsterdam, not in UTC", () => {
    vi.stubEnv("APP_TODAY", "");
    vi.useFakeTimers();
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam (UTC+1).
    vi.setSystemTime(new Date("2022-12-31T23:30:00Z"));
    expect(today()).toBe("2023-01-01");
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    vi.setSystemTime(new Date("2023-06-30T22:30:00Z"));
    expect(today()).toBe("2023-07-01");
    expect(isTodayPinned()).toBe(false);
  });

  it("refuses a malformed APP_TODAY with a clear message", () => {
    vi.stubEnv("APP_TODAY", "3 april 2023");
    expect(() => today()).toThrow(/APP_TODAY/);
  });
});

describe("calendar dates", () => {
  it("round-trip through DATE column values", () => {
    expect(toCalendarDate(fromCalendarDate("2023-07-07"))).toBe("2023-07-07");
  });

  it("count days across month and DST boundaries", () => {
    expect(daysBetween("2023-03-25", "2023-03-27")).toBe(2);
    expect(daysBetween("2023-04-03", "2023-07-07")).toBe(95);
    expect(daysBetween("2023-07-07", "2023-04-03")).toBe(-95);
    expect(addDays("2023-02-27", 2)).toBe("2023-03-01");
  });

  it("are written the Dutch way", () => {
    expect(formatCalendarDate("2023-04-03")).toBe("3 april 2023");
    expect(formatCalendarDate(fromCalendarDate("2022-11-17"))).toBe("17 november 2022");
  });
});
