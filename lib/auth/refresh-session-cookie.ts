// The idle time-out needs the session cookie re-issued as the user works, but pages are
// server components and cannot set cookies. The proxy (proxy.ts) can: on each request
// with a session cookie it calls this function, which re-issues the cookie with a new
// `lastSeenAt` (at most once a minute), or removes it once the session is past its idle
// time-out or its absolute lifetime. It only reads the token (no database); the session
// version is checked by the `jwt` callback and getActor on the same request.
import type { NextRequest, NextResponse } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { getEnv, productionGuardsApply } from "@/lib/env";
import { checkSessionTimes, hasSessionClaims, secondsLeft, shouldTouch } from "@/lib/auth/session-policy";

export function sessionCookieName(secure: boolean): string {
  return secure ? "__Secure-authjs.session-token" : "authjs.session-token";
}

export async function refreshSessionCookie(
  request: NextRequest,
  response: NextResponse,
  now = new Date(),
): Promise<NextResponse> {
  const env = getEnv();
  const secure = secureCookiesFor(env);
  const name = sessionCookieName(secure);
  const raw = request.cookies.get(name)?.value;
  // Chunked cookies (name.0, name.1) only occur for tokens over 4 kB; ours are far smaller.
  if (!raw) return response;

  const token = await decode({ token: raw, secret: env.AUTH_SECRET, salt: name }).catch(() => null);
  if (!token || checkSessionTimes(token, now) !== "valid" || !hasSessionClaims(token)) {
    response.cookies.set(name, "", { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: 0 });
    return response;
  }
  if (!shouldTouch(token, now)) return response;

  const maxAge = secondsLeft(token, now);
  const value = await encode({
    token: { ...token, lastSeenAt: Math.floor(now.getTime() / 1000) },
    secret: env.AUTH_SECRET,
    salt: name,
    maxAge,
  });
  response.cookies.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
  return response;
}

/** Secure cookies wherever the production guards hold, and whenever the app is served over https. */
export function secureCookiesFor(env: ReturnType<typeof getEnv>): boolean {
  return productionGuardsApply(env) || Boolean(env.AUTH_URL?.startsWith("https://"));
}
