// Removing one's own passkey raises one's sessionVersion, which ends every session of the
// account (a lost or stolen device's too). The browser that removed it is the owner at work:
// its session cookie is issued again with the new version and the same times, so this one
// session goes on.
import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import { readSessionCookie } from "@/lib/auth/read-session-cookie";
import { secondsLeft } from "@/lib/auth/session-policy";

export async function keepCurrentSession(userId: string, sessionVersion: number, now = new Date()): Promise<void> {
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
    token: { ...claims, sv: sessionVersion },
    secret: getEnv().AUTH_SECRET,
    salt: name,
    maxAge,
  });
  store.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
}
