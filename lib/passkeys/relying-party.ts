// Who the passkeys belong to (the WebAuthn relying party): the host and origin of AUTH_URL,
// the app's public address. A passkey only works on the origin it was made on, so a
// deployment must keep AUTH_URL stable. Without AUTH_URL (development, tests, a local
// demo) the address the browser used is taken instead.
import { getEnv } from "@/lib/env";

export const RELYING_PARTY_NAME = "Opvolging";

export type RelyingParty = { id: string; origin: string; name: string };

export function relyingParty(requestOrigin: string | null, env: { AUTH_URL?: string } = getEnv()): RelyingParty {
  const url = new URL(env.AUTH_URL ?? requestOrigin ?? "http://localhost:3000");
  return { id: url.hostname, origin: url.origin, name: RELYING_PARTY_NAME };
}

/** The address the browser used, from the request's headers (the proxy in front may name the scheme). */
export function originFromHeaders(requestHeaders: Headers): string | null {
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host");
  if (!host) return null;
  return `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${host}`;
}
