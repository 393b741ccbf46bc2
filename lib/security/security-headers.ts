// The security headers decided per request (they depend on the runtime configuration and
// the nonce); the fixed ones live in next.config.js so that static files get them too.
import type { Env } from "@/lib/env";
import { buildContentSecurityPolicy } from "@/lib/security/content-security-policy";
import { productionGuardsApply } from "@/lib/env";

/** One year, the value browsers' preload lists ask for. No includeSubDomains: the app does not own its parent domain. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

export function securityHeaders(
  env: Pick<Env, "NODE_ENV" | "APP_TODAY" | "DATABASE_URL" | "OIDC_ISSUER">,
  nonce: string,
): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": buildContentSecurityPolicy({
      nonce,
      development: env.NODE_ENV === "development",
      oidcIssuer: env.OIDC_ISSUER,
    }),
  };
  // Never for a local demo: the browser would insist on https for localhost, for every app on it, for a year.
  if (productionGuardsApply(env)) headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY;
  return headers;
}
