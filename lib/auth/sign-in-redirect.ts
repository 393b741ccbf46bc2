// The proxy's way to the sign-in page, for a visitor without a session or whose session has
// just ended. The page asked for comes along as `terug`, so that after signing in the person
// is back where they were (and finds what they typed there: components/session/form-draft-keeper.tsx).
// A server action called from the page (a fetch with the Next-Action header) cannot follow an
// HTTP redirect: Next's client takes its redirect from the x-action-redirect header of a
// successful response instead, as Next itself answers a redirect() inside an action.
import { NextResponse, type NextRequest } from "next/server";

export function signInRedirect(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const signIn = new URL("/inloggen", request.url);
  if (pathname !== "/") signIn.searchParams.set("terug", `${pathname}${search}`);
  if (request.headers.has("next-action")) {
    return new NextResponse(null, {
      status: 200,
      headers: { "x-action-redirect": `${signIn.pathname}${signIn.search};replace`, "Cache-Control": "no-store" },
    });
  }
  // 303 turns a form's POST (an action without client JavaScript) into a GET of the sign-in page.
  return NextResponse.redirect(signIn, request.method === "GET" || request.method === "HEAD" ? 307 : 303);
}

/** Whether the proxy's cookie refresh removed the session cookie: the session has just ended. */
export function endedSessionCookie(response: NextResponse, cookieNames: readonly string[]): boolean {
  return response.cookies.getAll().some(({ name, value }) => cookieNames.includes(name) && value === "");
}
