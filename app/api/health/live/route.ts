// Liveness: the process answers. Touches nothing else (not even the database), so the
// platform restarts an instance only when it is really stuck. No session needed (proxy.ts).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
