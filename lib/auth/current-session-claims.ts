// The session claims of the current request: as the proxy handed them on
// (lib/auth/session-claims-header.ts), or, where no valid handed-on value exists, read from
// the cookie here. Either way the token's lifetime and idle time-out are checked; the
// database check is getActor's (lib/auth/require-user.ts).
import "server-only";
import { cookies, headers } from "next/headers";
import type { JWT } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { checkSessionTimes, type SessionClaims } from "@/lib/auth/session-policy";
import { SESSION_CLAIMS_HEADER, verifySessionClaims } from "@/lib/auth/session-claims-header";
import { readSessionCookie } from "@/lib/auth/read-session-cookie";

export async function currentSessionClaims(now = new Date()): Promise<(JWT & SessionClaims) | null> {
  const handedOn = verifySessionClaims((await headers()).get(SESSION_CLAIMS_HEADER), getEnv().AUTH_SECRET, now);
  if (handedOn && checkSessionTimes(handedOn, now) === "valid") return handedOn;
  return (await readSessionCookie(await cookies(), now)).claims;
}
