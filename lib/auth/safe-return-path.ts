/** Only a same-site path may be returned to after sign-in (no open redirect). */
export function safeReturnPath(value: unknown, fallback = "/aanbevelingen"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/inloggen") || value.startsWith("/api/")) return fallback;
  return value;
}
