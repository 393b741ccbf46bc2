// Demo accounts share a published password (README): they exist only in a local demo
// database, and outside a local demo (lib/env.ts, productionGuardsApply) they can never
// sign in, whatever database they turn up in.
export const DEMO_EMAIL_DOMAIN = "demo.opvolging.nl";

export function isDemoEmail(email: string): boolean {
  const domain = email.trim().toLowerCase().split("@").pop() ?? "";
  return domain === DEMO_EMAIL_DOMAIN || domain.endsWith(`.${DEMO_EMAIL_DOMAIN}`);
}
