// The seconds this request's session has left (lib/auth/session-time-left.ts), read from the
// session cookie itself: Auth.js's session does not carry the token's times. `checkUser` also
// asks the database whether the user is still active with the same session version, for the
// routes that answer without passing requireUser first.
import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { secureCookiesFor, sessionCookieName } from "@/lib/auth/refresh-session-cookie";
import { sessionSecondsLeft } from "@/lib/auth/session-time-left";

export async function readSessionTimeLeft({
  countsAsActivity,
  checkUser,
}: {
  countsAsActivity: boolean;
  checkUser: boolean;
}): Promise<number | null> {
  const env = getEnv();
  const name = sessionCookieName(secureCookiesFor(env));
  const raw = (await cookies()).get(name)?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: env.AUTH_SECRET, salt: name }).catch(() => null);
  if (!token) return null;
  const secondsLeft = sessionSecondsLeft(token, new Date(), { countsAsActivity });
  if (secondsLeft === null || !checkUser) return secondsLeft;
  const user = await db().user.findUnique({
    where: { id: String(token.sub) },
    select: { active: true, sessionVersion: true },
  });
  return user?.active && user.sessionVersion === token.sv ? secondsLeft : null;
}
