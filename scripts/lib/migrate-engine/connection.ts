// Where the schema engine connects: parts, not a URL, because pg ignores a `database`
// override given next to a connectionString.
export interface DbConnection {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  ssl?: boolean | { rejectUnauthorized: boolean };
}

export function parseConnectionString(url: string): DbConnection {
  const u = new URL(url);
  if (u.protocol !== "postgresql:" && u.protocol !== "postgres:")
    throw new Error(`Not a PostgreSQL URL: ${u.protocol}`);
  return {
    host: decodeURIComponent(u.hostname).replace(/^\[(.*)\]$/, "$1") || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    ssl: sslFromMode(u.searchParams.get("sslmode")),
  };
}

/** libpq's sslmode, as managed PostgreSQL services give it in their URLs. */
function sslFromMode(mode: string | null): DbConnection["ssl"] {
  if (!mode || mode === "disable" || mode === "allow") return undefined;
  // "prefer" and "require" encrypt without checking the certificate; "verify-*" check it.
  return mode.startsWith("verify") ? { rejectUnauthorized: true } : { rejectUnauthorized: false };
}
