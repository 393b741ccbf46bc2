import { describe, expect, it } from "vitest";
import { NextRequest, NextResponse } from "next/server";
import { endedSessionCookie, signInRedirect } from "./sign-in-redirect";

const page = "http://localhost/acties/a1?voortgang=2";

describe("signInRedirect (the proxy's way to the sign-in page)", () => {
  it("sends a page request to the sign-in page with the way back", () => {
    const response = signInRedirect(new NextRequest(page));
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/inloggen");
    expect(location.searchParams.get("terug")).toBe("/acties/a1?voortgang=2");
  });

  it("answers a server action with Next's own redirect header, which its client follows", () => {
    const response = signInRedirect(new NextRequest(page, { method: "POST", headers: { "next-action": "abc" } }));
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-action-redirect")).toBe(
      `/inloggen?terug=${encodeURIComponent("/acties/a1?voortgang=2")};replace`,
    );
  });

  it("turns a form post without client JavaScript into a GET of the sign-in page", () => {
    expect(signInRedirect(new NextRequest(page, { method: "POST" })).status).toBe(303);
  });

  it("needs no way back to the dashboard", () => {
    expect(signInRedirect(new NextRequest("http://localhost/")).headers.get("location")).toBe(
      "http://localhost/inloggen",
    );
  });
});

describe("endedSessionCookie", () => {
  it("tells a removed session cookie from a re-issued one", () => {
    const names = ["authjs.session-token"];
    const removed = NextResponse.next();
    removed.cookies.set("authjs.session-token", "", { maxAge: 0 });
    const reissued = NextResponse.next();
    reissued.cookies.set("authjs.session-token", "abc");
    expect(endedSessionCookie(removed, names)).toBe(true);
    expect(endedSessionCookie(reissued, names)).toBe(false);
    expect(endedSessionCookie(NextResponse.next(), names)).toBe(false);
  });
});
