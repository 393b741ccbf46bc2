// GET /api/sessie/status: how long the session has left, asked by the page before it warns.
// Asking must not count as activity (a page that asks would otherwise never time out), so the
// proxy lets this path through without re-issuing the cookie (proxy.ts).
import { readSessionTimeLeft } from "@/lib/auth/read-session-time-left";
import { sessionTimeLeftResponse } from "../session-time-left-response";

export async function GET() {
  return sessionTimeLeftResponse(await readSessionTimeLeft({ countsAsActivity: false, checkUser: true }));
}
