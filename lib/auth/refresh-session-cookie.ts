// The idle time-out needs the session cookie re-issued as the user works, but pages are
// server components and cannot set cookies. The proxy (proxy.ts) can: on each request
// with a session cookie it calls this function, which re-issues the cookie with a new
// `lastSeenAt` (at most once a minute), or removes it once the session is past its idle
// time-out or its absolute lifetime. It only reads the token (no database); the session
// version is checked by getActor on the same request.
import type { NextRequest, NextResponse } from "next/server";
import { encode } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { secondsLeft, shouldTouch } from "@/lib/auth/session-policy";
import { readSessionCookie, type SessionCookie } from "@/lib/auth/read-session-cookie";

export { authCookieNames, secureCookiesFor, sessionCookieName } from "@/lib/auth/read-session-cookie";

/** `session`: the cookie as the proxy already read it on this request (read here when not given). */
export async function refreshSessionCookie(
  request: NextRequest,
  response: NextResponse,
  now = new Date(),
  session?: SessionCookie,
): Promise<NextResponse> {
  const { name, secure, present, claims } = session ?? (await readSessionCookie(request.cookies, now));
  if (!present) return response;
  if (!claims) {
    response.cookies.set(name, "", { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: 0 });
    return response;
  }
  if (!shouldTouch(claims, now)) return response;

  const maxAge = secondsLeft(claims, now);
  const value = await encode({
    token: { ...claims, lastSeenAt: Math.floor(now.getTime() / 1000) },
    secret: getEnv().AUTH_SECRET,
    salt: name,
    maxAge,
  });
  response.cookies.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
  return response;
}
