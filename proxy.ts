// Runs before every page and API route: sets the per-request security headers (CSP with a
// fresh nonce, HSTS; lib/security/) and redirects anonymous visitors early to the sign-in
// page. The redirect is not a security boundary: every page, action and route handler
// checks the session again on the server (lib/auth/require-user.ts); it only spares a round trip.
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { refreshSessionCookie } from "@/lib/auth/refresh-session-cookie";
import { endedSessionCookie, signInRedirect } from "@/lib/auth/sign-in-redirect";
import { readSessionCookie } from "@/lib/auth/read-session-cookie";
import { SESSION_CLAIMS_HEADER, signSessionClaims } from "@/lib/auth/session-claims-header";
import { createNonce } from "@/lib/security/content-security-policy";
import { securityHeaders } from "@/lib/security/security-headers";

// Paths served without a session, each with its reason; everything else redirects an
// anonymous visitor to the sign-in page.
const PUBLIC_PATHS = [
  "/inloggen",
  "/toegankelijkheid",
  // Choosing a password with an invitation or reset link, and asking for a reset link: for
  // people who cannot sign in (yet). The one-time link is the proof (lib/accounts/).
  "/account",
  // Auth.js's own routes (sign-in, callback, session, sign-out).
  "/api/auth",
  // The calendar feed Outlook polls: its secret token is its authorisation
  // (app/agenda/[token]/route.ts), so a redirect would only break it.
  "/agenda",
  // The platform's liveness and readiness probes: no session, codes only (app/api/health/).
  "/api/health",
  // The JSON API: authorised by the bearer token alone (lib/api/api-handler.ts), which answers
  // 401 problem+json without one; the session cookie is neither refreshed nor used there
  // (docs/decisions/020-api-tokens.md).
  "/api/v1",
  // How long the session has left: it checks the session itself, and asking must not count as
  // activity, so the cookie is not re-issued here (app/api/sessie/status/route.ts).
  "/api/sessie/status",
];
// The names of lib/auth/read-session-cookie.ts (sessionCookieName): plain over http, __Host- over https.
const SESSION_COOKIES = ["authjs.session-token", "__Host-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  // Large tokens are split into chunks named <cookie>.0, <cookie>.1, ...
  return request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

function isPublic(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

async function route(request: NextRequest, requestHeaders: Headers): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });
  // Auth.js keeps its own cookie up to date on /api/auth; the public pages need no session.
  if (isPublic(pathname)) return next();
  if (hasSessionCookie(request)) {
    // The one decryption of the token on this request: its claims go on to the page in a
    // signed header (lib/auth/session-claims-header.ts).
    const now = new Date();
    const session = await readSessionCookie(request.cookies, now);
    if (session.claims)
      requestHeaders.set(SESSION_CLAIMS_HEADER, signSessionClaims(session.claims, getEnv().AUTH_SECRET, now));
    // Moves the idle time-out forward, or drops an idle or expired session cookie: then the
    // visitor goes to the sign-in page at once, with the way back, like one without a cookie.
    const response = await refreshSessionCookie(request, next(), now, session);
    if (!endedSessionCookie(response, SESSION_COOKIES)) return response;
    const redirect = signInRedirect(request);
    for (const cookie of response.cookies.getAll()) redirect.cookies.set(cookie);
    return redirect;
  }
  return signInRedirect(request);
}

export async function proxy(request: NextRequest) {
  const headers = securityHeaders(getEnv(), createNonce());
  // Next.js takes the nonce from the request's CSP header and puts it on its scripts and styles.
  const requestHeaders = new Headers(request.headers);
  // Only this proxy says which session a request carries (lib/auth/session-claims-header.ts).
  requestHeaders.delete(SESSION_CLAIMS_HEADER);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);

  const response = await route(request, requestHeaders);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files and the icon (they get next.config.js's headers).
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico|robots.txt).*)"],
};
