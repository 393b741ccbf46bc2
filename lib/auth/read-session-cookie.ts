// The session cookie of a request, decrypted and checked against the session's times
// (lib/auth/session-policy.ts), with no database. The proxy reads it once per request
// (proxy.ts) and hands the claims on (lib/auth/session-claims-header.ts); getActor reads it
// itself only where the proxy did not (lib/auth/current-session-claims.ts).
import { decode, type JWT } from "next-auth/jwt";
import { getEnv, productionGuardsApply } from "@/lib/env";
import { checkSessionTimes, hasSessionClaims, type SessionClaims } from "@/lib/auth/session-policy";

export type CookieReader = { get(name: string): { value: string } | undefined };

export type SessionCookie = {
  name: string;
  secure: boolean;
  /** Whether the request carried the cookie at all. */
  present: boolean;
  /** The claims while the session is within its lifetime and idle time-out; null otherwise. */
  claims: (JWT & SessionClaims) | null;
};

export async function readSessionCookie(cookies: CookieReader, now: Date): Promise<SessionCookie> {
  const env = getEnv();
  const secure = secureCookiesFor(env);
  const name = sessionCookieName(secure);
  // Chunked cookies (name.0, name.1) only occur for tokens over 4 kB; ours are far smaller.
  const raw = cookies.get(name)?.value;
  if (!raw) return { name, secure, present: false, claims: null };
  const token = await decode({ token: raw, secret: env.AUTH_SECRET, salt: name }).catch(() => null);
  const valid = token && checkSessionTimes(token, now) === "valid" && hasSessionClaims(token);
  return { name, secure, present: true, claims: valid ? token : null };
}

/**
 * Over https the `__Host-` prefix (ASVS 3.3.3): the browser keeps such a cookie only when it
 * is Secure, for path / and without a Domain, so no other host (a sibling subdomain) can set
 * or overwrite it. Auth.js itself would use `__Secure-`; lib/auth/auth.ts names its cookies
 * with AUTH_COOKIE_NAMES.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-authjs.session-token" : "authjs.session-token";
}

/** Auth.js's cookies (session, callback URL, PKCE, state, nonce) under `__Host-` names over https; its CSRF cookie has one already. */
export function authCookieNames(secure: boolean) {
  if (!secure) return {};
  const named = (name: string) => ({ name: `__Host-authjs.${name}` });
  return {
    sessionToken: named("session-token"),
    callbackUrl: named("callback-url"),
    pkceCodeVerifier: named("pkce.code_verifier"),
    state: named("state"),
    nonce: named("nonce"),
  };
}

/** Secure cookies wherever the production guards hold, and whenever the app is served over https. */
export function secureCookiesFor(env: ReturnType<typeof getEnv>): boolean {
  return productionGuardsApply(env) || Boolean(env.AUTH_URL?.startsWith("https://"));
}
