// ASVS 6.8.4: an ID token is accepted only with the assurance the deployment requires
// (OIDC_REQUIRED_ACR, OIDC_REQUIRED_AMR in lib/env.ts). acr must be one of the listed values
// (the IdP names one level); amr must contain every listed method (e.g. "mfa", or "pwd,otp").
export type AssuranceRequirement = { acr: readonly string[]; amr: readonly string[] };
export type AssuranceShortfall = "acr" | "amr";

export function checkOidcAssurance(
  claims: { acr?: unknown; amr?: unknown } | null | undefined,
  required: AssuranceRequirement,
): AssuranceShortfall | null {
  if (required.acr.length > 0) {
    const acr = claims?.acr;
    if (typeof acr !== "string" || !required.acr.includes(acr)) return "acr";
  }
  if (required.amr.length > 0) {
    const amr = Array.isArray(claims?.amr) ? claims.amr.filter((value) => typeof value === "string") : [];
    if (!required.amr.every((method) => amr.includes(method))) return "amr";
  }
  return null;
}
