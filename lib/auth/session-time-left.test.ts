import { describe, expect, it } from "vitest";
import { sessionSecondsLeft } from "./session-time-left";
import { SESSION_IDLE_SECONDS, startSession } from "./session-policy";

const signInTime = new Date(Date.UTC(2026, 10, 29, 8, 0));
const later = (minutes: number, seconds = 0) => new Date(signInTime.getTime() + minutes * 60_000 + seconds * 1000);
const minute = (minutes: number) => Math.floor(later(minutes).getTime() / 1000);
const token = startSession(
  { id: "u1", name: "Test", email: "t@example.org", role: "READER", organisationId: "o1", sessionVersion: 1 },
  signInTime,
);

describe("sessionSecondsLeft", () => {
  it("counts down the idle time-out from the last request the proxy counted", () => {
    expect(sessionSecondsLeft(token, later(10), { countsAsActivity: false })).toBe(SESSION_IDLE_SECONDS - 600);
    expect(sessionSecondsLeft(token, later(29, 30), { countsAsActivity: false })).toBe(30);
  });

  it("starts the idle time-out again for a request that counts as activity", () => {
    expect(sessionSecondsLeft(token, later(29, 30), { countsAsActivity: true })).toBe(SESSION_IDLE_SECONDS);
  });

  it("promises no more than the cookie holds when the proxy did not re-issue it (seen under a minute ago)", () => {
    expect(sessionSecondsLeft(token, later(0, 40), { countsAsActivity: true })).toBe(SESSION_IDLE_SECONDS - 40);
  });

  it("ends at the absolute lifetime, however recent the last request", () => {
    const active = { ...token, lastSeenAt: minute(7 * 60 + 55) };
    expect(sessionSecondsLeft(active, later(7 * 60 + 55), { countsAsActivity: true })).toBe(5 * 60);
  });

  it("is null for a token that no longer works", () => {
    expect(sessionSecondsLeft(token, later(30), { countsAsActivity: true })).toBeNull();
    expect(sessionSecondsLeft({ sub: "u1" }, later(1), { countsAsActivity: true })).toBeNull();
  });
});
