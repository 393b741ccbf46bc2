// This browser's session cookie issued again with changed claims and the same times:
// - removing one's own passkey raises one's sessionVersion, which ends every session of the
//   account (a lost or stolen device's too); the browser that removed it is the owner at
//   work, and its session goes on with the new version;
// - the first passkey registered in the second step of signing in (REQUIRE_SECOND_FACTOR)
//   completes this session (`mfa`).
import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { readSessionCookie } from "@/lib/auth/read-session-cookie";
import { secondsLeft } from "@/lib/auth/session-policy";

export async function keepCurrentSession(
  userId: string,
  changes: { sv?: number; mfa?: true },
  now = new Date(),
): Promise<void> {
  let store;
  try {
    store = await cookies();
  } catch {
    return; // outside a request: no session to keep
  }
  const { name, secure, claims } = await readSessionCookie(store, now);
  if (!claims || claims.sub !== userId) return;
  const maxAge = secondsLeft(claims, now);
  const value = await encode({
    token: { ...claims, ...changes },
    secret: getEnv().AUTH_SECRET,
    salt: name,
    maxAge,
  });
  store.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
}
