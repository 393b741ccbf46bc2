import { describe, expect, it } from "vitest";
import {
  deadlineFrom,
  formatTimeLeft,
  msUntilWarning,
  parseSessionMessage,
  SESSION_WARNING_SECONDS,
  sessionPhase,
} from "./session-deadline";

const now = 1_000_000;

describe("the browser's view of the session's end", () => {
  it("warns from SESSION_WARNING_SECONDS before the end, and ends at the end", () => {
    const deadline = deadlineFrom(30 * 60, now);
    expect(sessionPhase(deadline, now)).toBe("active");
    expect(msUntilWarning(deadline, now)).toBe((30 * 60 - SESSION_WARNING_SECONDS) * 1000);
    const warningAt = deadline - SESSION_WARNING_SECONDS * 1000;
    expect(sessionPhase(deadline, warningAt - 1)).toBe("active");
    expect(sessionPhase(deadline, warningAt)).toBe("warning");
    expect(msUntilWarning(deadline, warningAt + 5000)).toBe(0);
    expect(sessionPhase(deadline, deadline - 1)).toBe("warning");
    expect(sessionPhase(deadline, deadline)).toBe("ended");
  });

  it("reads only well-formed messages from other tabs", () => {
    expect(parseSessionMessage({ kind: "deadline", deadlineMs: 5 })).toEqual({ kind: "deadline", deadlineMs: 5 });
    expect(parseSessionMessage({ kind: "signed-out" })).toEqual({ kind: "signed-out" });
    expect(parseSessionMessage({ kind: "deadline", deadlineMs: "5" })).toBeNull();
    expect(parseSessionMessage({ kind: "deadline", deadlineMs: Number.NaN })).toBeNull();
    expect(parseSessionMessage("deadline")).toBeNull();
    expect(parseSessionMessage(null)).toBeNull();
  });

  it("shows the time left as minutes and seconds, rounded up", () => {
    expect(formatTimeLeft(120_000)).toBe("2:00");
    expect(formatTimeLeft(64_001)).toBe("1:05");
    expect(formatTimeLeft(-3)).toBe("0:00");
  });
});
