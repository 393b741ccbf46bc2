// REQUIRE_SECOND_FACTOR: which sessions wait for the second step, and the tweede-stap
// actions: a first passkey completes the session; an account that has one must confirm with it.
import { describe, expect, it } from "vitest";
import { secondFactorPending } from "./second-factor";

describe("secondFactorPending", () => {
  it("holds only with the switch on, for a session without a second factor", () => {
    expect(secondFactorPending({ mfa: false }, { REQUIRE_SECOND_FACTOR: true })).toBe(true);
    // A session from before the switch (no claim) waits too.
    expect(secondFactorPending({}, { REQUIRE_SECOND_FACTOR: true })).toBe(true);
    expect(secondFactorPending({ mfa: true }, { REQUIRE_SECOND_FACTOR: true })).toBe(false);
    expect(secondFactorPending({ mfa: false }, { REQUIRE_SECOND_FACTOR: false })).toBe(false);
    expect(secondFactorPending({ mfa: false }, {})).toBe(false);
  });
});
