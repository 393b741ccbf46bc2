// Early redirect of anonymous visitors to the sign-in page. Not a security boundary:
// every page, action and route handler checks the session again on the server
// (lib/auth/require-user.ts); this only spares them a round trip.
import { NextResponse, type NextRequest } from "next/server";
import { refreshSessionCookie } from "@/lib/auth/refresh-session-cookie";

const PUBLIC_PATHS = ["/inloggen", "/toegankelijkheid"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  // Large tokens are split into chunks named <cookie>.0, <cookie>.1, ...
  return request.cookies.getAll().some(({ name }) => SESSION_COOKIES.some((cookie) => name === cookie || name.startsWith(`${cookie}.`)));
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return NextResponse.next();
  // Moves the idle time-out forward, or drops an idle or expired session cookie.
  if (hasSessionCookie(request)) return refreshSessionCookie(request, NextResponse.next());

  const signIn = new URL("/inloggen", request.url);
  if (pathname !== "/") signIn.searchParams.set("terug", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/((?!api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
