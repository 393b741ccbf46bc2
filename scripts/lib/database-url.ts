// Small facts about a PostgreSQL URL that the scripts and the test set-up rely on.
import { isLocalDatabaseUrl, OVERRIDING_PARAMETERS } from "../../lib/local-database-url.ts";

export { isLocalDatabaseUrl };

/** The role a URL connects as (PostgreSQL's default is "postgres" only in our own clusters). */
export function databaseUser(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The URL without its password, for messages. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(ongeldige URL)";
  }
}

/** Destructive scripts run only against a database on this machine. */
export function assertLocalDatabaseUrl(url: string, what: string): void {
  const overriding = (() => {
    try {
      return OVERRIDING_PARAMETERS.filter((name) => new URL(url).searchParams.has(name));
    } catch {
      return [];
    }
  })();
  if (overriding.length) {
    throw new Error(
      `${what} weigert een database-URL met de parameter ${overriding.map((name) => `'${name}'`).join(" en ")} (${redactDatabaseUrl(url)}): die kan naar een andere server wijzen dan de host in de URL.`,
    );
  }
  if (!isLocalDatabaseUrl(url)) {
    throw new Error(
      `${what} weigert een niet-lokale database (${redactDatabaseUrl(url)}): daar staan mogelijk echte gegevens.`,
    );
  }
}
