// Whether a PostgreSQL URL points at this machine. One rule for the scripts (demo data,
// db:reset, the test set-up) and the app (the local-demo exception to the production
// guards, lib/env.ts). Plain module, no imports: the scripts load it outside Next.
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

// libpq (and so psql and pg_dump) and node-postgres let these query parameters override the
// host and port written before the path: "127.0.0.1/db?host=db.minfin.example" reaches the
// ministry's server. A URL carrying any of them is never taken for a local one.
export const OVERRIDING_PARAMETERS = ["host", "hostaddr", "port"];

export function isLocalDatabaseUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (OVERRIDING_PARAMETERS.some((name) => parsed.searchParams.has(name))) return false;
    const host = parsed.hostname.toLowerCase();
    return LOOPBACK_HOSTS.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
  } catch {
    return false;
  }
}
