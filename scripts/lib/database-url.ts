// Small facts about a PostgreSQL URL that the scripts and the test set-up rely on.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function isLocalDatabaseUrl(url: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
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
  if (!isLocalDatabaseUrl(url)) {
    throw new Error(`${what} weigert een niet-lokale database (${redactDatabaseUrl(url)}): daar staan mogelijk echte gegevens.`);
  }
}
