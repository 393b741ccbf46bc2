// Whether this server is a demo on the developer's own machine: "today" pinned and the
// database on a loopback address. Such a server must never send HSTS: the browser would
// then insist on https for localhost, for every other app on it too, for a year.
// The lead's rule; the "auth" work adds the same rule to lib/env.ts; once both are merged,
// this file gives way to that one.
import type { Env } from "@/lib/env";

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

export function isLocalDemo(env: Pick<Env, "APP_TODAY" | "DATABASE_URL">): boolean {
  if (!env.APP_TODAY) return false;
  try {
    const host = new URL(env.DATABASE_URL).hostname;
    return LOOPBACK_HOSTS.has(host) || host.startsWith("127.");
  } catch {
    return false;
  }
}
