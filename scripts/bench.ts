// `npm run bench`: page speed in figures. Starts a throwaway embedded PostgreSQL with a
// fresh, seeded database, a production build of the app (`next build` unless
// BENCH_SKIP_BUILD=1) and `next start`, signs in as the demo coordinator through Auth.js's
// HTTP endpoints, and puts each page under a bounded load. It prints requests, req/s,
// latency percentiles, errors and each page's throughput relative to a baseline page in
// the same run, the database work per request (pg_stat_statements), and the JavaScript
// that /aanbevelingen sends to the browser.
//
// The machines are shared and noisy: compare the ratios within one run, not the
// absolute figures across runs. Nothing here asserts a speed; it only measures.
//
// Settings: BENCH_CONNECTIONS (default 10), BENCH_DURATION (seconds per page, default
// 10), BENCH_WARMUP (seconds per page, default 2), BENCH_SKIP_BUILD=1 (use the existing
// .next build). Everything listens on 127.0.0.1 only. Exits 0, or 1 when any request
// failed (any status outside 2xx counts), 130 after Ctrl-C.
import http from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres.ts";
import { createDatabase } from "./lib/admin-database.ts";
import { migrateDatabase, seedDatabaseAt } from "./lib/prepare-database.ts";
import { getFreePort } from "./lib/ports.ts";
import { startProductionApp, type ProductionApp } from "./lib/production-app.ts";
import { describeError } from "./lib/report-error.ts";
import { DEMO_PASSWORD, demoUsers } from "../prisma/seed-data.ts";

const DATABASE = "opvolging_bench";
const DEMO_TODAY = "2023-04-03";
/** Hard cap per phase, whatever the duration: the loops are bounded in count and time. */
const MAX_REQUESTS_PER_PHASE = 1_000_000;
const REQUEST_TIMEOUT_MS = 30_000;

type Target = { path: string; label: string; signedIn: boolean };
const TARGETS: Target[] = [
  { path: "/toegankelijkheid", label: "basis: vaste tekst, anoniem, geen database", signedIn: false },
  { path: "/inloggen", label: "anoniem, formulier", signedIn: false },
  { path: "/aanbevelingen", label: "ingelogd, met database", signedIn: true },
];

// ---------------------------------------------------------------- settings

function readNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} moet een getal van ${min} tot ${max} zijn, niet "${raw}".`);
  return value;
}

const settings = {
  connections: Math.round(readNumber("BENCH_CONNECTIONS", 10, 1, 256)),
  durationMs: readNumber("BENCH_DURATION", 10, 1, 300) * 1000,
  warmupMs: readNumber("BENCH_WARMUP", 2, 0, 60) * 1000,
  build: !process.env.BENCH_SKIP_BUILD,
};

// ---------------------------------------------------------------- shutdown

const abort = new AbortController();
const cleanups: { name: string; run: () => Promise<void> }[] = [];
let tempDir: string | undefined;
let shuttingDown: Promise<never> | undefined;

function shutdown(code: number): Promise<never> {
  shuttingDown ??= (async () => {
    abort.abort();
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup.run();
      } catch (error) {
        console.error(`Opruimen van ${cleanup.name} mislukte: ${describeError(error)}`);
      }
    }
    process.exit(code);
  })();
  return shuttingDown;
}

// The temporary folder goes whichever way the process ends (embedded-postgres's own exit
// hook may end it first on Ctrl-C, after stopping the database).
process.on("exit", () => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});
// tsx passes the terminal's Ctrl-C on as well: one message, one shutdown.
process.on("SIGINT", () => {
  if (!shuttingDown) console.log("\nAfgebroken; alles wat de benchmark startte stopt…");
  void shutdown(130);
});
process.on("SIGTERM", () => void shutdown(143));

// ---------------------------------------------------------------- database

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A throwaway cluster in a temporary folder, with pg_stat_statements loaded: set with
 * ALTER SYSTEM, which takes effect at the restart that follows.
 */
async function startBenchPostgres(dataDir: string): Promise<RunningPostgres> {
  let server = await startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: false });
  cleanups.push({ name: "PostgreSQL", run: () => server.stop() });
  await withClient(server.urlFor("postgres"), (client) => client.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"));
  await server.stop();
  server = await startEmbeddedPostgres({ dataDir, port: await getFreePort(), durable: false });
  await withClient(server.urlFor("postgres"), (client) => client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
  return server;
}

type StatementStats = { query: string; calls: number; totalMs: number };

/** Statements run on the app's database since the last reset, read from the maintenance database. */
async function readStatements(maintenanceUrl: string): Promise<StatementStats[]> {
  return withClient(maintenanceUrl, async (client) => {
    const { rows } = await client.query<{ query: string; calls: string; total_ms: number }>(
      `SELECT s.query, s.calls, s.total_exec_time AS total_ms
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = $1
        ORDER BY s.total_exec_time DESC`,
      [DATABASE],
    );
    return rows.map((row) => ({ query: row.query, calls: Number(row.calls), totalMs: row.total_ms }));
  });
}

async function resetStatements(maintenanceUrl: string): Promise<void> {
  await withClient(maintenanceUrl, (client) => client.query("SELECT pg_stat_statements_reset()"));
}

// ---------------------------------------------------------------- sign-in

/** Cookies as a browser would keep them: name → value, from Set-Cookie headers. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const at = pair.indexOf("=");
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === "" || /max-age=0\b/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  names(): string[] {
    return [...this.cookies.keys()];
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { signal: abort.signal });
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf gaf status ${csrfResponse.status}`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken?: string };
  if (!csrfToken) throw new Error("GET /api/auth/csrf gaf geen csrfToken");

  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/aanbevelingen` }),
    signal: abort.signal,
  });
  await callback.body?.cancel();
  jar.take(callback);
  if (!jar.names().some((name) => name.includes("authjs.session-token"))) {
    throw new Error(`Inloggen als ${email} gaf geen sessiecookie (status ${callback.status}, naar ${callback.headers.get("location") ?? "-"})`);
  }

  // Proof of a real session: the signed-in page itself, without a redirect to /inloggen.
  const check = await fetch(`${baseUrl}/aanbevelingen`, { redirect: "manual", headers: { cookie: jar.header() }, signal: abort.signal });
  await check.body?.cancel();
  if (check.status !== 200) {
    throw new Error(`Na het inloggen gaf /aanbevelingen status ${check.status}${check.headers.get("location") ? ` naar ${check.headers.get("location")}` : ""}`);
  }
  return jar.header();
}

// ---------------------------------------------------------------- load

type LoadResult = {
  requests: number;
  elapsedMs: number;
  latenciesMs: number[];
  bytes: number;
  errors: number;
  errorKinds: Map<string, number>;
};

function requestOnce(agent: http.Agent, port: number, urlPath: string, headers: http.OutgoingHttpHeaders): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ agent, host: "127.0.0.1", port, path: urlPath, headers, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.once("end", () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.once("error", reject);
    });
    request.once("timeout", () => request.destroy(new Error(`geen antwoord binnen ${REQUEST_TIMEOUT_MS / 1000} s`)));
    request.once("error", reject);
  });
}

/** `connections` loops, each one request at a time over its own keep-alive connection, for `durationMs`. */
async function runLoad(options: { agent: http.Agent; port: number; path: string; headers: http.OutgoingHttpHeaders; connections: number; durationMs: number }): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, elapsedMs: 0, latenciesMs: [], bytes: 0, errors: 0, errorKinds: new Map() };
  const countError = (kind: string) => {
    result.errors += 1;
    result.errorKinds.set(kind, (result.errorKinds.get(kind) ?? 0) + 1);
  };
  let started = 0;
  const begin = performance.now();
  const deadline = begin + options.durationMs;

  const worker = async () => {
    while (!abort.signal.aborted && performance.now() < deadline && started < MAX_REQUESTS_PER_PHASE) {
      started += 1;
      const sent = performance.now();
      try {
        const { status, bytes } = await requestOnce(options.agent, options.port, options.path, options.headers);
        result.requests += 1;
        result.latenciesMs.push(performance.now() - sent);
        result.bytes += bytes;
        if (status < 200 || status > 299) countError(`HTTP ${status}`);
      } catch (error) {
        result.requests += 1;
        countError((error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error)));
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  result.elapsedMs = performance.now() - begin;
  return result;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

type Measurement = {
  target: Target;
  load: LoadResult;
  warmupErrors: LoadResult["errorKinds"];
  statements: StatementStats[];
  /** Missing when the page's HTML or one of its scripts could not be fetched (counted as an error). */
  scripts?: PageScripts;
};

async function measure(target: Target, app: ProductionApp, cookie: string, maintenanceUrl: string): Promise<Measurement> {
  const headers: http.OutgoingHttpHeaders = { host: `localhost:${app.port}`, accept: "text/html" };
  if (target.signedIn) headers.cookie = cookie;
  const agent = new http.Agent({ keepAlive: true, maxSockets: settings.connections });
  try {
    const common = { agent, port: app.port, path: target.path, headers, connections: settings.connections };
    const warmup = settings.warmupMs > 0 ? await runLoad({ ...common, durationMs: settings.warmupMs }) : undefined;
    await resetStatements(maintenanceUrl);
    const load = await runLoad({ ...common, durationMs: settings.durationMs });
    const statements = await readStatements(maintenanceUrl);
    let scripts: PageScripts | undefined;
    try {
      scripts = await measureScripts(app.baseUrl, target, cookie);
    } catch (error) {
      if (abort.signal.aborted) throw error;
      load.errors += 1;
      load.errorKinds.set(`scriptmeting: ${error instanceof Error ? error.message : String(error)}`, 1);
    }
    return { target, load, warmupErrors: warmup?.errorKinds ?? new Map(), statements, scripts };
  } finally {
    agent.destroy();
  }
}

// ---------------------------------------------------------------- client JavaScript

type ScriptFile = { src: string; raw: number; gzip: number };
/** The files of the page's `<script src>` tags, and the inline scripts (React's RSC data). */
type PageScripts = { files: ScriptFile[]; inlineRaw: number; htmlRaw: number };

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

async function measureScripts(baseUrl: string, target: Target, cookie: string): Promise<PageScripts> {
  const headers = target.signedIn ? { cookie } : undefined;
  const page = await fetch(`${baseUrl}${target.path}`, { redirect: "manual", headers, signal: abort.signal });
  if (page.status !== 200) throw new Error(`de HTML gaf status ${page.status}`);
  const html = await page.text();

  const sources = new Set<string>();
  let inlineRaw = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc="([^"]+)"/i.exec(match[1] ?? "")?.[1];
    if (src) sources.add(src.replaceAll("&amp;", "&"));
    else inlineRaw += Buffer.byteLength(match[2] ?? "");
  }

  const files: ScriptFile[] = [];
  for (const src of sources) {
    const response = await fetch(new URL(src, baseUrl), { signal: abort.signal });
    if (!response.ok) throw new Error(`${src} gaf status ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    files.push({ src, raw: body.length, gzip: gzipSync(body).length });
  }
  files.sort((a, b) => b.raw - a.raw);
  return { files, inlineRaw, htmlRaw: Buffer.byteLength(html) };
}

// ---------------------------------------------------------------- report

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "-");

function table(header: string[], rows: string[][], alignLeft: number[] = [0]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (alignLeft.includes(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

function report(measurements: Measurement[]): number {
  const baseline = measurements[0]!;
  const throughput = (m: Measurement) => m.load.requests / (m.load.elapsedMs / 1000);
  const rows = measurements.map((m) => {
    const sorted = [...m.load.latenciesMs].sort((a, b) => a - b);
    const queries = m.statements.reduce((sum, s) => sum + s.calls, 0);
    const dbMs = m.statements.reduce((sum, s) => sum + s.totalMs, 0);
    const perRequest = (value: number) => (m.load.requests ? value / m.load.requests : Number.NaN);
    return [
      m.target.path,
      String(m.load.requests),
      throughput(m).toFixed(1),
      ms(percentile(sorted, 0.5)),
      ms(percentile(sorted, 0.95)),
      ms(percentile(sorted, 0.99)),
      String(m.load.errors),
      `${(throughput(m) / throughput(baseline)).toFixed(2)}×`,
      kB(perRequest(m.load.bytes)),
      perRequest(queries).toFixed(1),
      perRequest(dbMs).toFixed(2),
    ];
  });

  console.log(
    `\nBelasting: ${settings.connections} verbindingen, ${settings.durationMs / 1000} s per pagina na ${settings.warmupMs / 1000} s opwarmen; latentie in ms.\n`,
  );
  console.log(
    table(["pagina", "verzoeken", "verz/s", "p50", "p95", "p99", "fouten", "t.o.v. basis", "HTML/antw", "queries/verz", "DB-ms/verz"], rows),
  );
  console.log(`\nt.o.v. basis: verz/s gedeeld door die van ${baseline.target.path} in deze run. Pagina's:`);
  for (const m of measurements) console.log(`  ${m.target.path.padEnd(20)} ${m.target.label}`);

  for (const m of measurements) {
    if (m.statements.length === 0 || m.load.requests === 0) continue;
    console.log(`\nZwaarste queries voor ${m.target.path} (per verzoek):`);
    for (const s of m.statements.slice(0, 5)) {
      const query = s.query.replace(/\s+/g, " ").trim();
      console.log(
        `  ${(s.calls / m.load.requests).toFixed(1).padStart(5)}×  ${(s.totalMs / Math.max(1, s.calls)).toFixed(3).padStart(7)} ms  ${query.length > 110 ? `${query.slice(0, 107)}…` : query}`,
      );
    }
  }

  const baselineFiles = new Set(baseline.scripts?.files.map((file) => file.src));
  console.log("\nJavaScript naar de browser: de bestanden van de <script src>-tags in de HTML (gzip met node:zlib).\n");
  console.log(
    table(
      ["pagina", "bestanden", "JS", "JS gzip", "extra t.o.v. basis (gzip)", "inline RSC-gegevens", "HTML"],
      measurements.map(({ target, scripts }) => {
        if (!scripts) return [target.path, "-", "-", "-", "-", "-", "-"];
        const extra = scripts.files.filter((file) => !baselineFiles.has(file.src));
        return [
          target.path,
          String(scripts.files.length),
          kB(sum(scripts.files.map((file) => file.raw))),
          kB(sum(scripts.files.map((file) => file.gzip))),
          `${extra.length} bestanden, ${kB(sum(extra.map((file) => file.gzip)))}`,
          kB(scripts.inlineRaw),
          kB(scripts.htmlRaw),
        ];
      }),
    ),
  );
  const signedIn = measurements.find((m) => m.target.path === "/aanbevelingen");
  if (signedIn?.scripts) {
    const files = signedIn.scripts.files;
    console.log(
      `\n/aanbevelingen: ${kB(sum(files.map((file) => file.raw)))} JavaScript (gzip ${kB(sum(files.map((file) => file.gzip)))}) in ${files.length} bestanden; ` +
        `grootste: ${files.slice(0, 3).map((file) => `${path.basename(file.src.split("?")[0]!)} ${kB(file.raw)}`).join(", ")}.`,
    );
  }

  let failures = 0;
  for (const m of measurements) {
    const kinds = new Map(m.load.errorKinds);
    for (const [kind, count] of m.warmupErrors) kinds.set(kind, (kinds.get(kind) ?? 0) + count);
    const total = [...kinds.values()].reduce((sum, count) => sum + count, 0);
    if (total === 0) continue;
    failures += total;
    console.error(`\nFouten op ${m.target.path} (opwarmen meegeteld): ${[...kinds].map(([kind, count]) => `${kind} ${count}×`).join(", ")}`);
  }
  return failures;
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const started = Date.now();
  const coordinator = demoUsers.find((user) => user.role === "COORDINATOR");
  if (!coordinator) throw new Error("Geen demo-coördinator in prisma/seed-data.ts");

  tempDir = await mkdtemp(path.join(tmpdir(), "opvolging-bench-"));
  const dir = tempDir;
  cleanups.push({ name: "de tijdelijke map", run: () => rm(dir, { recursive: true, force: true }) });
  const postgres = await startBenchPostgres(path.join(dir, "postgres"));
  const databaseUrl = postgres.urlFor(DATABASE);
  const maintenanceUrl = postgres.urlFor("postgres");
  await createDatabase(databaseUrl);
  await migrateDatabase(databaseUrl);
  await seedDatabaseAt(databaseUrl, { demo: true });
  console.log(`Wegwerp-PostgreSQL met verse demodatabase klaar (${((Date.now() - started) / 1000).toFixed(1)} s).`);

  if (settings.build) console.log("\nnext build…");
  const serverLog: string[] = [];
  // Stopped by cleanup once running; before that, startProductionApp's own exit hook.
  const app: ProductionApp = await startProductionApp({
    databaseUrl,
    build: settings.build,
    signal: abort.signal,
    env: { AUTH_SECRET: randomBytes(32).toString("base64url"), APP_TODAY: DEMO_TODAY },
    onOutput: (text) => {
      serverLog.push(...text.split("\n").filter(Boolean));
      serverLog.splice(0, Math.max(0, serverLog.length - 30));
    },
  });
  cleanups.push({ name: "de app", run: () => app.stop() });
  console.log(`\nnext start draait op ${app.baseUrl}.`);

  let failures: number;
  try {
    const cookie = await signIn(app.baseUrl, coordinator.email, DEMO_PASSWORD);
    console.log(`Ingelogd als ${coordinator.email}; /aanbevelingen geeft 200.`);

    const measurements: Measurement[] = [];
    for (const target of TARGETS) {
      process.stdout.write(`Meten: ${target.path}… `);
      const measurement = await measure(target, app, cookie, maintenanceUrl);
      console.log(`${measurement.load.requests} verzoeken`);
      measurements.push(measurement);
      abort.signal.throwIfAborted();
    }
    failures = report(measurements);
  } catch (error) {
    if (!abort.signal.aborted && serverLog.length) console.error(`\nLaatste regels van next start:\n${serverLog.join("\n")}`);
    throw error;
  }
  if (failures > 0 && serverLog.length) console.error(`\nLaatste regels van next start:\n${serverLog.join("\n")}`);
  console.log(`\nDuur: ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => shutdown(code),
  (error) => {
    if (!abort.signal.aborted) console.error(`\nFout: ${describeError(error)}`);
    return shutdown(1);
  },
);
