// The app as it runs in production: `npm run build` (optional: `next build` with
// standalone output, completed by completeStandalone) and `npm start` (the server wrapper
// .next/standalone/server/main.mjs) on 127.0.0.1 and a free port, on a given database, for
// the end-to-end tests and the benchmark. The server runs in its own process group; stop()
// ends the whole group, and so does the exit of this process, should a caller forget.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { getFreePort } from "./ports.ts";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
const HOST = "127.0.0.1";
const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const STANDALONE_DIR = path.join(ROOT, ".next", "standalone");
export const SERVER_ENTRY = path.join(STANDALONE_DIR, "server", "main.mjs");

/**
 * Makes .next/standalone a complete, self-contained app (what a container image copies):
 * Next.js traces the server's code and packages into it but leaves out the browser's
 * static files, the server wrapper (server/) and the migration folders the readiness
 * check compares with the database.
 */
export function completeStandalone(root = ROOT): void {
  const standalone = path.join(root, ".next", "standalone");
  if (!existsSync(path.join(standalone, ".next")))
    throw new Error(
      `${standalone} ontbreekt: next build maakte geen standalone-uitvoer (output: "standalone" in next.config.js).`,
    );
  const copies: Array<[string, string]> = [
    [".next/static", ".next/static"],
    ["server", "server"],
    ["prisma/migrations", "prisma/migrations"],
  ];
  if (existsSync(path.join(root, "public"))) copies.push(["public", "public"]);
  for (const [from, to] of copies) {
    rmSync(path.join(standalone, to), { recursive: true, force: true });
    cpSync(path.join(root, from), path.join(standalone, to), {
      recursive: true,
      filter: (source) => !source.endsWith(".test.ts"),
    });
  }
}

export type ProductionApp = {
  /** http://localhost:<port>: the address the browser uses and Auth.js sees. */
  baseUrl: string;
  port: number;
  /** The server's process id (for tests that signal it themselves). */
  pid: number;
  /** Settles when the server process has exited, with its exit code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends the server's process group: SIGTERM, then SIGKILL when it lingers. */
  stop(): Promise<void>;
};

export type ProductionAppOptions = {
  databaseUrl: string;
  /** More environment for the server (AUTH_SECRET, APP_TODAY, OIDC_*…), over process.env. */
  env?: Record<string, string | undefined>;
  /** Run `next build` first. */
  build?: boolean;
  /** A port chosen beforehand (e.g. because an IdP registers the URL); else a free one. */
  port?: number;
  /** Receives the server's output; without it the output goes to this process's. */
  onOutput?: (text: string) => void;
  /** Path requested until the server answers with a status below 500. */
  readyPath?: string;
  timeoutMs?: number;
  /** Aborts the build (the server is stopped through stop()). */
  signal?: AbortSignal;
};

/** `next build` and completeStandalone, with the output shown; rejects when it fails or is aborted. */
export async function buildProductionApp({ signal }: { signal?: AbortSignal } = {}): Promise<void> {
  await nextBuild({ signal });
  completeStandalone();
}

function nextBuild({ signal }: { signal?: AbortSignal }): Promise<void> {
  return new Promise((resolve, reject) => {
    const build = spawn(process.execPath, [NEXT_BIN, "build"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      signal,
    });
    build.once("error", reject);
    build.once("exit", (code, killedBy) => {
      if (code === 0) resolve();
      else reject(new Error(`next build mislukte (${killedBy ? `gestopt met ${killedBy}` : `code ${code}`})`));
    });
  });
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function stopGroup(pid: number, graceMs = 5_000): Promise<void> {
  signalGroup(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (groupAlive(pid)) signalGroup(pid, "SIGKILL");
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`npm start stopte met ${server.signalCode ?? `code ${server.exitCode}`}`);
    }
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`De app reageerde niet binnen ${timeoutMs / 1000} s op ${url}`);
}

export async function startProductionApp(options: ProductionAppOptions): Promise<ProductionApp> {
  if (options.build) await buildProductionApp({ signal: options.signal });
  options.signal?.throwIfAborted();

  const port = options.port ?? (await getFreePort(HOST));
  const baseUrl = `http://localhost:${port}`;
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} ontbreekt: voer eerst npm run build uit.`);
  const server = spawn(process.execPath, [SERVER_ENTRY], {
    stdio: ["ignore", options.onOutput ? "pipe" : "inherit", options.onOutput ? "pipe" : "inherit"],
    // Its own process group, so that stop() reaches every process the server starts.
    detached: true,
    env: {
      // Only the warnings unless the caller asks for more: the request lines of a whole
      // end-to-end run would bury the one line that matters.
      LOG_LEVEL: "warn",
      ...process.env,
      ...options.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      HOST,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  if (options.onOutput) {
    server.stdout?.setEncoding("utf8").on("data", options.onOutput);
    server.stderr?.setEncoding("utf8").on("data", options.onOutput);
  }
  const pid = server.pid;
  if (pid === undefined) throw new Error("npm start kon niet starten");

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    server.once("exit", (code, signal) => resolve({ code, signal })),
  );
  // Last resort when this process ends without stop(): no server outlives it.
  const killOnExit = () => signalGroup(pid, "SIGKILL");
  process.once("exit", killOnExit);
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= stopGroup(pid).finally(() => process.removeListener("exit", killOnExit));
    return stopped;
  };

  try {
    await waitForServer(`${baseUrl}${options.readyPath ?? "/inloggen"}`, server, options.timeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, port, pid, exited, stop };
}
