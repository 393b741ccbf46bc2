import { afterEach, describe, expect, it, vi } from "vitest";
import {
  addDays,
  daysBetween,
  formatCalendarDate,
  formatIsoTimestamp,
  formatTimestamp,
  fromCalendarDate,
  isTodayPinned,
  now,
  startOfAmsterdamDay,
  today,
  toCalendarDate,
} from "./clock";

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

  it("refuses an APP_TODAY that does not exist", () => {
    vi.stubEnv("APP_TODAY", "2023-02-30");
    expect(() => today()).toThrow(/APP_TODAY: deze datum bestaat niet/);
    expect(() => now()).toThrow(/APP_TODAY: deze datum bestaat niet/);
  });
});

describe("now", () => {
  it("is the real time when today is not pinned", () => {
    vi.stubEnv("APP_TODAY", "");
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-29T13:05:07.250Z"));
    expect(now().toISOString()).toBe("2026-11-29T13:05:07.250Z");
  });

  it("is the pinned day at Amsterdam's current time of day, so a demo entry is not stamped with the real year", () => {
    vi.stubEnv("APP_TODAY", "2023-04-03");
    vi.useFakeTimers();
    // 13:05 UTC in November is 14:05 in Amsterdam (winter time); on 3 April 2023 (summer
    // time) 14:05 in Amsterdam is 12:05 UTC.
    vi.setSystemTime(new Date("2026-11-29T13:05:07.250Z"));
    expect(now().toISOString()).toBe("2023-04-03T12:05:07.250Z");
    expect(formatTimestamp(now())).toBe("3 april 2023 om 14:05");
    expect(toCalendarDate(now())).toBe(today());
  });

  it("keeps entries made one after another on a pinned day in order", () => {
    vi.stubEnv("APP_TODAY", "2023-04-03");
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-29T09:00:00.000Z"));
    const first = now();
    vi.advanceTimersByTime(1);
    const second = now();
    expect(second.getTime() - first.getTime()).toBe(1);
  });

  it("moves a time that does not exist on the pinned day (the last Sunday of March) forward by the hour", () => {
    vi.stubEnv("APP_TODAY", "2023-03-26");
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-01-10T01:30:00Z")); // 02:30 in Amsterdam
    expect(now().toISOString()).toBe("2023-03-26T01:30:00.000Z");
    expect(formatTimestamp(now())).toBe("26 maart 2023 om 03:30");
    vi.setSystemTime(new Date("2026-01-10T00:59:00Z")); // 01:59, still winter time that night
    expect(now().toISOString()).toBe("2023-03-26T00:59:00.000Z");
  });

  it("takes the first of the two 02:30s on the pinned last Sunday of October", () => {
    vi.stubEnv("APP_TODAY", "2023-10-29");
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-01-10T01:30:00Z")); // 02:30 in Amsterdam
    expect(now().toISOString()).toBe("2023-10-29T00:30:00.000Z");
    vi.setSystemTime(new Date("2026-01-10T02:30:00Z")); // 03:30, winter time again
    expect(now().toISOString()).toBe("2023-10-29T02:30:00.000Z");
  });
});

describe("formatTimestamp", () => {
  it("shows the instant in Amsterdam's time, across both DST changes", () => {
    expect(formatTimestamp(new Date("2023-03-26T00:59:00Z"))).toBe("26 maart 2023 om 01:59");
    expect(formatTimestamp(new Date("2023-03-26T01:00:00Z"))).toBe("26 maart 2023 om 03:00");
    expect(formatTimestamp(new Date("2023-10-29T00:30:00Z"))).toBe("29 oktober 2023 om 02:30");
    expect(formatTimestamp(new Date("2023-10-29T01:30:00Z"))).toBe("29 oktober 2023 om 02:30");
    expect(formatTimestamp(new Date("2023-10-29T02:30:00Z"))).toBe("29 oktober 2023 om 03:30");
    expect(formatTimestamp(new Date("2022-12-31T23:30:00Z"))).toBe("1 januari 2023 om 00:30");
  });

  it("does not depend on the process's time zone", () => {
    for (const zone of ["UTC", "America/New_York", "Pacific/Kiritimati", "Europe/Amsterdam"]) {
      vi.stubEnv("TZ", zone);
      expect(formatTimestamp(new Date("2023-04-03T12:05:00Z"))).toBe("3 april 2023 om 14:05");
      expect(formatCalendarDate("2023-03-26")).toBe("26 maart 2023");
    }
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

describe("startOfAmsterdamDay", () => {
  it("is Amsterdam's midnight, in winter and in summer time and on both DST days", () => {
    expect(startOfAmsterdamDay("2023-01-15").toISOString()).toBe("2023-01-14T23:00:00.000Z");
    expect(startOfAmsterdamDay("2023-07-01").toISOString()).toBe("2023-06-30T22:00:00.000Z");
    // The clocks change at 02:00/03:00: both days still begin at the old offset.
    expect(startOfAmsterdamDay("2023-03-26").toISOString()).toBe("2023-03-25T23:00:00.000Z");
    expect(startOfAmsterdamDay("2023-03-27").toISOString()).toBe("2023-03-26T22:00:00.000Z");
    expect(startOfAmsterdamDay("2023-10-29").toISOString()).toBe("2023-10-28T22:00:00.000Z");
    expect(startOfAmsterdamDay("2023-10-30").toISOString()).toBe("2023-10-29T23:00:00.000Z");
  });

  it("does not depend on the process's time zone", () => {
    for (const zone of ["UTC", "America/New_York", "Pacific/Kiritimati"]) {
      vi.stubEnv("TZ", zone);
      expect(startOfAmsterdamDay("2023-04-03").toISOString()).toBe("2023-04-02T22:00:00.000Z");
    }
  });
});

describe("formatIsoTimestamp", () => {
  it("writes the Amsterdam date and time with seconds, sortable", () => {
    expect(formatIsoTimestamp(new Date("2023-04-03T12:05:09.500Z"))).toBe("2023-04-03 14:05:09");
    expect(formatIsoTimestamp(new Date("2022-12-31T23:30:00Z"))).toBe("2023-01-01 00:30:00");
  });
});
