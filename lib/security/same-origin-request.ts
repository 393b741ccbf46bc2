// Whether a POST came from one of this app's own pages. The session cookie is SameSite=Lax,
// so a form on another site can still post to us in a top-level navigation; a request that
// starts expensive work (a backup) must show that it came from here. Browsers send
// Sec-Fetch-Site and Origin with every POST; the host is compared as Next.js does for
// server actions (X-Forwarded-Host behind a proxy, else Host).
export function isSameOriginRequest(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  return Boolean(host) && originHost === host;
}
