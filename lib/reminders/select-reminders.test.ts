import { describe, expect, it } from "vitest";
import { actionReminderKind, isoWeekKey, reminderHorizon } from "./select-reminders";

const open = (dueDate: string) => ({ status: "IN_PROGRESS" as const, dueDate });

describe("actionReminderKind (pinned today)", () => {
  it("due today is binnenkort, due yesterday is te laat", () => {
    expect(actionReminderKind(open("2023-04-03"), "2023-04-03")).toBe("ACTIE_BINNENKORT");
    expect(actionReminderKind(open("2023-04-02"), "2023-04-03")).toBe("ACTIE_TE_LAAT");
  });

  it("reminds from 14 days before the deadline, not 15", () => {
    expect(actionReminderKind(open("2023-04-17"), "2023-04-03")).toBe("ACTIE_BINNENKORT");
    expect(actionReminderKind(open("2023-04-18"), "2023-04-03")).toBeNull();
    expect(reminderHorizon("2023-04-03")).toBe("2023-04-17");
  });

  it("counts over a month end and a leap day", () => {
    expect(actionReminderKind(open("2023-02-14"), "2023-01-31")).toBe("ACTIE_BINNENKORT");
    expect(actionReminderKind(open("2023-02-15"), "2023-01-31")).toBeNull();
    expect(reminderHorizon("2024-02-20")).toBe("2024-03-05");
    expect(actionReminderKind(open("2024-02-29"), "2024-03-01")).toBe("ACTIE_TE_LAAT");
  });

  it("counts whole days across the change to and from summer time", () => {
    // 26 March 2023 and 29 October 2023: a day of 23 and one of 25 hours in Amsterdam.
    expect(actionReminderKind(open("2023-04-03"), "2023-03-20")).toBe("ACTIE_BINNENKORT");
    expect(actionReminderKind(open("2023-04-04"), "2023-03-20")).toBeNull();
    expect(actionReminderKind(open("2023-11-06"), "2023-10-23")).toBe("ACTIE_BINNENKORT");
    expect(actionReminderKind(open("2023-11-07"), "2023-10-23")).toBeNull();
  });

  it("leaves closed actions alone, however late", () => {
    expect(actionReminderKind({ status: "DONE", dueDate: "2023-01-01" }, "2023-04-03")).toBeNull();
    expect(actionReminderKind({ status: "CANCELLED", dueDate: "2023-04-03" }, "2023-04-03")).toBeNull();
    expect(actionReminderKind({ status: "NOT_STARTED", dueDate: "2023-04-10" }, "2023-04-03")).toBe("ACTIE_BINNENKORT");
    expect(actionReminderKind({ status: "DELAYED", dueDate: "2022-12-31" }, "2023-04-03")).toBe("ACTIE_TE_LAAT");
  });
});

describe("isoWeekKey", () => {
  it("names the ISO week, also at year ends and on a leap day", () => {
    expect(isoWeekKey("2023-04-03")).toBe("2023-W14"); // a Monday
    expect(isoWeekKey("2023-04-09")).toBe("2023-W14"); // the Sunday after
    expect(isoWeekKey("2023-04-10")).toBe("2023-W15");
    expect(isoWeekKey("2021-01-03")).toBe("2020-W53");
    expect(isoWeekKey("2024-12-30")).toBe("2025-W01");
    expect(isoWeekKey("2024-02-29")).toBe("2024-W09");
    expect(isoWeekKey("2023-03-26")).toBe("2023-W12"); // the day summer time starts
  });
});
