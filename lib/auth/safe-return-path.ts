// Only a path on this site may be returned to after sign-in (no open redirect). Browsers
// are lenient: they drop tabs and newlines from URLs and read "\" as "/", so "/\t/evil.example"
// and "/\\evil.example" lead to another site. Anything with a control character, whitespace
// or a backslash is refused outright; what is left must resolve to our own origin.
const PLACEHOLDER_ORIGIN = "http://opvolging.invalid";

export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2048) return fallback;
  // C0 controls, DEL, C1 controls and every kind of whitespace (including non-breaking spaces).
  if (/[\u0000-\u001f\u007f-\u009f\s\\]/u.test(value)) return fallback;
  if (!value.startsWith("/") || value.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (
    path === "/inloggen" ||
    path.startsWith("/inloggen/") ||
    path.startsWith("/inloggen?") ||
    path.startsWith("/api/")
  )
    return fallback;
  return path;
}
