// POST /api/sessie: "Ingelogd blijven". The request itself is the activity: it passes the proxy,
// which re-issues the session cookie with a new lastSeenAt (lib/auth/refresh-session-cookie.ts).
// Answers with the seconds the session now has left, or 401 once it has ended (an ended session
// without a cookie is sent to the sign-in page by the proxy before it gets here).
import { readSessionTimeLeft } from "@/lib/auth/read-session-time-left";
import { sessionTimeLeftResponse } from "./session-time-left-response";

export async function POST() {
  return sessionTimeLeftResponse(await readSessionTimeLeft({ countsAsActivity: true, checkUser: true }));
}
