// The seconds this request's session has left (lib/auth/session-time-left.ts), from the
// request's session claims (the proxy's decryption, handed on; the cookie where none was):
// Auth.js's session does not carry the token's times. `checkUser` also
// asks the database whether the user is still active with the same session version, for the
// routes that answer without passing requireUser first.
import "server-only";
import { db } from "@/lib/db";
import { currentSessionClaims } from "@/lib/auth/current-session-claims";
import { sessionSecondsLeft } from "@/lib/auth/session-time-left";

export async function readSessionTimeLeft({
  countsAsActivity,
  checkUser,
}: {
  countsAsActivity: boolean;
  checkUser: boolean;
}): Promise<number | null> {
  const token = await currentSessionClaims();
  if (!token) return null;
  const secondsLeft = sessionSecondsLeft(token, new Date(), { countsAsActivity });
  if (secondsLeft === null || !checkUser) return secondsLeft;
  const user = await db().user.findUnique({
    where: { id: String(token.sub) },
    select: { active: true, sessionVersion: true },
  });
  return user?.active && user.sessionVersion === token.sv ? secondsLeft : null;
}
