// The start-up check of the database: can this server reach it and sign in? Answers with
// one Dutch sentence naming what is wrong (never the password), or null when all is well.
import pg from "pg";
import { UTC_SESSION_OPTIONS } from "@/lib/utc-session";

function describeTarget(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const name = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
    return `database ${name} op ${url.hostname}:${url.port || "5432"} (gebruiker ${decodeURIComponent(url.username) || "onbekend"})`;
  } catch {
    return "de database";
  }
}

/** Null when a connection and `SELECT 1` work within `timeoutMs`; else the reason in one sentence. */
export async function databaseProblem(
  databaseUrl: string,
  { timeoutMs = 5_000 }: { timeoutMs?: number } = {},
): Promise<string | null> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    options: UTC_SESSION_OPTIONS,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    const target = describeTarget(databaseUrl);
    if (code === "28P01" || code === "28000")
      return `De ${target} weigert de aanmelding: controleer gebruiker en wachtwoord in DATABASE_URL.`;
    if (code === "3D000") return `De ${target} bestaat niet.`;
    return `De ${target} is niet bereikbaar (${code ?? message ?? "onbekende fout"}).`;
  } finally {
    await client.end().catch(() => {});
  }
}
