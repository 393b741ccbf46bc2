// How long a session token has left before it stops working: the earlier of the idle time-out
// and the absolute lifetime (lib/auth/session-policy.ts). Pure, so the rule is tested without a
// server or a clock; the session routes (app/api/sessie/) and the signed-in layout report it
// to the browser, which warns before the end (components/session/session-timeout-warning.tsx).
import type { JWT } from "next-auth/jwt";
import {
  checkSessionTimes,
  hasSessionClaims,
  SESSION_IDLE_SECONDS,
  SESSION_MAX_AGE_SECONDS,
  shouldTouch,
} from "@/lib/auth/session-policy";

/**
 * Seconds until the token stops working, or null when it no longer works. `countsAsActivity`:
 * the request passed the proxy, which moved `lastSeenAt` to now if it was older than a minute
 * (lib/auth/refresh-session-cookie.ts); a younger `lastSeenAt` stays, so the answer never
 * promises more time than the cookie in the browser holds.
 */
export function sessionSecondsLeft(token: JWT, now: Date, { countsAsActivity }: { countsAsActivity: boolean }) {
  if (checkSessionTimes(token, now) !== "valid" || !hasSessionClaims(token)) return null;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const lastSeenAt = countsAsActivity && shouldTouch(token, now) ? nowSeconds : token.lastSeenAt;
  const end = Math.min(lastSeenAt + SESSION_IDLE_SECONDS, token.signedInAt + SESSION_MAX_AGE_SECONDS);
  return Math.max(0, end - nowSeconds);
}
