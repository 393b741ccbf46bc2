// When a session token stops working. Pure functions of the token, the time and (for the
// database part) a lookup, so the rules are tested without a server or a clock
// (lib/auth/session-policy.test.ts). Used by the `jwt` callback (lib/auth/auth.ts: every
// GET /api/auth/session), by getActor (lib/auth/require-user.ts) and,
// for the idle time-out, by the proxy (lib/auth/refresh-session-cookie.ts).
//
// - Absolute lifetime: 8 hours from sign-in (`signedInAt`, set once, never refreshed): a
//   working day, after which a stolen token is worthless.
// - Idle time-out: 30 minutes without a request (`lastSeenAt`, moved forward on requests).
// - Session version: the user's `sessionVersion` at sign-in (`sv`). Sign-out, deactivation,
//   a role, organisation or password change raise it in the database, which ends every
//   token issued before at its next request.
import type { JWT } from "next-auth/jwt";
import type { SessionIdentity } from "@/lib/auth/session-identity";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
export const SESSION_IDLE_SECONDS = 30 * 60;
/** The proxy re-issues the cookie at most this often, not on every request. */
export const SESSION_TOUCH_SECONDS = 60;

export type SessionClaims = {
  sub: string;
  name: string;
  email: string;
  role: SessionIdentity["role"];
  organisationId: string;
  sv: number;
  signedInAt: number;
  lastSeenAt: number;
  /** Signed in with more than a password: a passkey, or the identity provider (lib/auth/second-factor.ts). */
  mfa?: boolean;
};

export type UserLookup = (userId: string) => Promise<{ active: boolean; sessionVersion: number } | null>;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** The claims of a token issued at sign-in. */
export function startSession(identity: SessionIdentity, now: Date, { mfa = false } = {}): SessionClaims {
  return {
    mfa,
    sub: identity.id,
    name: identity.name,
    email: identity.email,
    role: identity.role,
    organisationId: identity.organisationId,
    sv: identity.sessionVersion,
    signedInAt: seconds(now),
    lastSeenAt: seconds(now),
  };
}

function hasSessionClaims(token: JWT): token is JWT & SessionClaims {
  return (
    typeof token.sub === "string" &&
    typeof token.sv === "number" &&
    typeof token.signedInAt === "number" &&
    typeof token.lastSeenAt === "number"
  );
}

export type TimeVerdict = "valid" | "expired" | "idle" | "malformed";

/** The checks that need no database: absolute lifetime and idle time-out. */
export function checkSessionTimes(token: JWT, now: Date): TimeVerdict {
  if (!hasSessionClaims(token)) return "malformed";
  const nowSeconds = seconds(now);
  // A token from the future (clock skew, or forged with our secret) is not trusted either.
  if (token.signedInAt > nowSeconds + 60 || token.lastSeenAt < token.signedInAt) return "malformed";
  if (nowSeconds - token.signedInAt >= SESSION_MAX_AGE_SECONDS) return "expired";
  if (nowSeconds - token.lastSeenAt >= SESSION_IDLE_SECONDS) return "idle";
  return "valid";
}

/**
 * An existing token on a new request: the token to keep (seen now), or null when it no
 * longer works: too old, idle too long, or the user deactivated or their sessionVersion raised.
 */
export async function continueSession(
  token: JWT,
  { now, lookupUser }: { now: Date; lookupUser: UserLookup },
): Promise<(JWT & SessionClaims) | null> {
  if (checkSessionTimes(token, now) !== "valid" || !hasSessionClaims(token)) return null;
  const user = await lookupUser(token.sub);
  if (!user || !user.active || user.sessionVersion !== token.sv) return null;
  return { ...token, lastSeenAt: seconds(now) };
}

/** When the token should be re-issued with a new lastSeenAt (not on every request). */
export function shouldTouch(token: JWT & SessionClaims, now: Date): boolean {
  return seconds(now) - token.lastSeenAt >= SESSION_TOUCH_SECONDS;
}

/** Seconds left until the absolute end of the session, for the cookie's lifetime. */
export function secondsLeft(token: JWT & SessionClaims, now: Date): number {
  return Math.max(0, token.signedInAt + SESSION_MAX_AGE_SECONDS - seconds(now));
}

export { hasSessionClaims };
