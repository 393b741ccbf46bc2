// The address of the client behind a request, for the per-address sign-in throttle.
//
// `next start` passes the socket address to server actions and route handlers only as
// `X-Forwarded-For`, and only when the request did not bring that header itself
// (next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`). A client
// could therefore pick its own "address". The production server wrapper rewrites the
// header for each request before Next reads it (server/forwarded-for.mjs): without a
// trusted proxy it becomes the socket address alone; with TRUST_PROXY=n the socket
// address is appended to what the proxies sent, as one more proxy would do. (`npm run dev`
// has no wrapper: there the header is whatever the client sent.)
// Here the address is then read n entries from the right: entries further left were
// written by whoever the n-th proxy was talking to, which may be the client itself.

/** The client address from a normalised X-Forwarded-For header, believing `trustedProxies` hops. */
export function clientAddressFrom(forwardedFor: string | null | undefined, trustedProxies: number): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return null;
  const address = entries[Math.max(0, entries.length - 1 - trustedProxies)]!;
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; count it once.
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1").slice(0, 64);
}
