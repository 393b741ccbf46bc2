// The proxy decrypts and checks the session cookie once per request (proxy.ts) and hands the
// claims to the page, layout, server action or route handler of the same request in this
// request header, so none of them decrypts the cookie again (lib/auth/current-session-claims.ts).
// The proxy removes any copy of the header that comes from outside; the value is also
// signed with a key derived from AUTH_SECRET and valid for a minute, so a header that did
// not come from this app's proxy (or is replayed later) is ignored. It says only that the
// cookie was valid: getActor still checks the user's sessionVersion and active flag in the
// database on every request.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { hasSessionClaims, type SessionClaims } from "@/lib/auth/session-policy";

export const SESSION_CLAIMS_HEADER = "x-opvolging-session";

/** A handed-on value is good for this long: one request, with room for a slow one. */
const VALID_SECONDS = 60;

const keys = new Map<string, Buffer>();

function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "", "Opvolging session claims header", 32));
    keys.set(secret, key);
  }
  return key;
}

function mac(payload: string, secret: string): Buffer {
  return createHmac("sha256", keyFor(secret)).update(payload).digest();
}

export function signSessionClaims(claims: JWT & SessionClaims, secret: string, now: Date): string {
  const until = Math.floor(now.getTime() / 1000) + VALID_SECONDS;
  const payload = Buffer.from(JSON.stringify({ claims, until })).toString("base64url");
  return `${payload}.${mac(payload, secret).toString("base64url")}`;
}

/** The claims, or null for a missing, altered, foreign or stale value. */
export function verifySessionClaims(
  value: string | null | undefined,
  secret: string,
  now: Date,
): (JWT & SessionClaims) | null {
  if (!value) return null;
  const [payload, signature, ...rest] = value.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { claims, until } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      claims: JWT;
      until: number;
    };
    if (typeof until !== "number" || Math.floor(now.getTime() / 1000) > until) return null;
    return hasSessionClaims(claims) ? claims : null;
  } catch {
    return null;
  }
}
