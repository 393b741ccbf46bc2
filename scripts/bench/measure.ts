// One page's measurement: a warm-up, then the timed load with pg_stat_statements reset just
// before it, then the page's JavaScript.
import http from "node:http";
import type { ProductionApp } from "../lib/production-app.ts";
import type { BenchSettings } from "./settings.ts";
import { runLoad, type LoadResult } from "./load.ts";
import { readStatements, resetStatements, type StatementStats } from "./statements.ts";
import { measurePageScripts, type PageScripts } from "./page-scripts.ts";

/**
 * A page to load; `as` names the demo role whose session it is loaded with (none: anonymous).
 * `signedInBaseline` marks the light signed-in page the others are also compared with.
 */
export type Target = {
  path: string;
  label: string;
  as?: SignedInRole;
  signedInBaseline?: boolean;
  /** How the tables print the path when the real one is too long to read (a page of ids). */
  shown?: string;
};

export const shownPath = (target: Target) => target.shown ?? target.path;
export type SignedInRole = "COORDINATOR" | "ADMIN" | "CONTRIBUTOR";

export type Measurement = {
  target: Target;
  load: LoadResult;
  warmupErrors: LoadResult["errorKinds"];
  statements: StatementStats[];
  /** Missing when the page's HTML or one of its scripts could not be fetched (counted as an error). */
  scripts?: PageScripts;
};

export type MeasureContext = {
  app: ProductionApp;
  /** The Cookie header of each role's signed-in session, sent to targets with `as`. */
  cookies: Record<SignedInRole, string>;
  /** The app's database as a superuser: pg_stat_statements is read and reset across roles. */
  databaseUrl: string;
  settings: BenchSettings;
  signal: AbortSignal;
};

export async function measure(
  target: Target,
  { app, cookies, databaseUrl, settings, signal }: MeasureContext,
): Promise<Measurement> {
  const headers: http.OutgoingHttpHeaders = { host: `localhost:${app.port}`, accept: "text/html" };
  const cookie = target.as ? cookies[target.as] : undefined;
  if (cookie) headers.cookie = cookie;
  const agent = new http.Agent({ keepAlive: true, maxSockets: settings.connections });
  try {
    const common = { agent, port: app.port, path: target.path, headers, connections: settings.connections, signal };
    const warmup = settings.warmupMs > 0 ? await runLoad({ ...common, durationMs: settings.warmupMs }) : undefined;
    // Only the timed load counts: the warm-up's queries are cleared.
    await resetStatements(databaseUrl);
    const load = await runLoad({ ...common, durationMs: settings.durationMs });
    const statements = await readStatements(databaseUrl);
    let scripts: PageScripts | undefined;
    try {
      scripts = await measurePageScripts({ baseUrl: app.baseUrl, path: target.path, cookie, signal });
    } catch (error) {
      if (signal.aborted) throw error;
      load.errors += 1;
      load.errorKinds.set(`scriptmeting: ${error instanceof Error ? error.message : String(error)}`, 1);
    }
    return { target, load, warmupErrors: warmup?.errorKinds ?? new Map(), statements, scripts };
  } finally {
    agent.destroy();
  }
}
