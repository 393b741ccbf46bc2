// @ts-check
// What X-Forwarded-For should say before Next.js reads it. `next start` passes the socket
// address to server actions and route handlers only as X-Forwarded-For, and only when the
// request did not bring that header itself, so a client could pick its own "address" for
// the sign-in throttle (lib/auth/client-address.ts reads it). The server wrapper
// (server/app-server.mjs) rewrites the header on every request: without a trusted proxy
// it becomes the socket address alone; with TRUST_PROXY=n the socket address is appended
// to what the proxies sent, as one more proxy would do.

/**
 * @param {string | string[] | undefined} received
 * @param {string | undefined} socketAddress
 * @param {number} trustedProxies
 * @returns {string | undefined}
 */
export function normaliseForwardedFor(received, socketAddress, trustedProxies) {
  if (!socketAddress) return trustedProxies > 0 ? joinHeader(received) : undefined;
  if (trustedProxies === 0) return socketAddress;
  const earlier = joinHeader(received);
  return earlier ? `${earlier}, ${socketAddress}` : socketAddress;
}

/** @param {string | string[] | undefined} value */
function joinHeader(value) {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(", ") : value;
}
