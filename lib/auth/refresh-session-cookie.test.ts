import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest, NextResponse } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { startSession } from "./session-policy";

const secret = "proxy-test-secret-proxy-test-secret-0123";
const name = "authjs.session-token";
const signInTime = new Date(Date.UTC(2026, 10, 29, 8, 0));
const later = (minutes: number) => new Date(signInTime.getTime() + minutes * 60_000);
const identity = {
  id: "u1",
  name: "Test",
  email: "t@example.org",
  role: "READER" as const,
  organisationId: "o1",
  sessionVersion: 1,
};

beforeEach(() => {
  vi.stubEnv("DATABASE_URL", "postgresql://app@127.0.0.1:5432/opvolging");
  vi.stubEnv("AUTH_SECRET", secret);
  vi.stubEnv("NODE_ENV", "test");
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function requestWith(token: object) {
  const value = await encode({ token, secret, salt: name });
  return new NextRequest("http://localhost/aanbevelingen", { headers: { cookie: `${name}=${value}` } });
}

describe("refreshSessionCookie (the proxy's part of the idle time-out)", () => {
  it("re-issues the cookie with a new lastSeenAt, keeping signedInAt, and no later than the absolute end", async () => {
    const { refreshSessionCookie } = await import("./refresh-session-cookie");
    const response = await refreshSessionCookie(
      await requestWith(startSession(identity, signInTime)),
      NextResponse.next(),
      later(20),
    );
    const cookie = response.cookies.get(name);
    expect(cookie?.maxAge).toBe(8 * 3600 - 20 * 60);
    expect(cookie?.httpOnly).toBe(true);
    const token = await decode({ token: cookie!.value, secret, salt: name });
    expect(token).toMatchObject({
      sub: "u1",
      signedInAt: signInTime.getTime() / 1000,
      lastSeenAt: later(20).getTime() / 1000,
    });
  });

  it("leaves a cookie seen less than a minute ago alone", async () => {
    const { refreshSessionCookie } = await import("./refresh-session-cookie");
    const response = await refreshSessionCookie(
      await requestWith(startSession(identity, signInTime)),
      NextResponse.next(),
      new Date(signInTime.getTime() + 30_000),
    );
    expect(response.cookies.get(name)).toBeUndefined();
  });

  it("removes the cookie of a session idle for 30 minutes, or past its 8 hours, or not ours", async () => {
    const { refreshSessionCookie } = await import("./refresh-session-cookie");
    const idle = await refreshSessionCookie(
      await requestWith(startSession(identity, signInTime)),
      NextResponse.next(),
      later(30),
    );
    expect(idle.cookies.get(name)).toMatchObject({ value: "", maxAge: 0 });

    const busy = { ...startSession(identity, signInTime), lastSeenAt: later(8 * 60 - 1).getTime() / 1000 };
    const expired = await refreshSessionCookie(await requestWith(busy), NextResponse.next(), later(8 * 60));
    expect(expired.cookies.get(name)).toMatchObject({ value: "", maxAge: 0 });

    const forged = new NextRequest("http://localhost/aanbevelingen", { headers: { cookie: `${name}=niet-van-ons` } });
    expect((await refreshSessionCookie(forged, NextResponse.next(), later(1))).cookies.get(name)).toMatchObject({
      value: "",
      maxAge: 0,
    });
  });

  it("uses the Secure cookie, under a __Host- name (ASVS 3.3.3), where the production guards hold", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "postgresql://app@db.example:5432/opvolging");
    vi.stubEnv("AUTH_URL", "https://opvolging.example.nl");
    const { refreshSessionCookie, sessionCookieName, secureCookiesFor } = await import("./refresh-session-cookie");
    const { getEnv } = await import("@/lib/env");
    expect(secureCookiesFor(getEnv())).toBe(true);
    const secureName = sessionCookieName(true);
    expect(secureName).toBe("__Host-authjs.session-token");
    const value = await encode({ token: startSession(identity, signInTime), secret, salt: secureName });
    const request = new NextRequest("https://opvolging.example.nl/aanbevelingen", {
      headers: { cookie: `${secureName}=${value}` },
    });
    const cookie = (await refreshSessionCookie(request, NextResponse.next(), later(5))).cookies.get(secureName);
    // What the browser demands of a __Host- cookie: Secure, path /, no Domain.
    expect(cookie).toMatchObject({ secure: true, path: "/" });
    expect(cookie?.domain).toBeUndefined();
  });

  it("names every Auth.js cookie __Host- over https, and leaves the plain names over http", async () => {
    const { authCookieNames } = await import("./refresh-session-cookie");
    expect(authCookieNames(false)).toEqual({});
    expect(Object.values(authCookieNames(true)).map((cookie) => cookie.name)).toEqual([
      "__Host-authjs.session-token",
      "__Host-authjs.callback-url",
      "__Host-authjs.pkce.code_verifier",
      "__Host-authjs.state",
      "__Host-authjs.nonce",
    ]);
  });
});
