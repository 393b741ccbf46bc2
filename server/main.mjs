// @ts-check
// `npm start`: the production server around the standalone build (docs/decisions/017).
// It owns what Next.js's own server.js does not offer: one JSON log line per request with
// its id, status and duration; console output as JSON; and SIGTERM: stop taking requests,
// finish those in flight, stop the job workers, close the database pool, exit 0.
// `npm run build` copies this folder into .next/standalone/server/, so the same file runs
// from the repository and from a container image holding only .next/standalone.
//
// Settings (environment only, server/settings.mjs; the app's own are checked by lib/env.ts
// while Next.js starts, before the port opens): PORT (3000), HOST (0.0.0.0), LOG_LEVEL (info),
// SHUTDOWN_TIMEOUT_SECONDS (25), KEEP_ALIVE_TIMEOUT_SECONDS (65), HEADERS_TIMEOUT_SECONDS
// (one more), TRUST_PROXY (0). See docs/configuration.md.
import path from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AsyncLocalStorage } from "node:async_hooks";
import {
  createLogger,
  LOG_LEVELS,
  LOGGER_KEY,
  REQUEST_CONTEXT_KEY,
  routeConsoleToLogger,
  withRequestLog,
} from "./http-logging.mjs";
import { createAppServer } from "./app-server.mjs";
import { readServerSettings } from "./settings.mjs";

const SHUTDOWN_HOOKS_KEY = Symbol.for("opvolging.shutdownHooks");
const DRAINING_KEY = Symbol.for("opvolging.draining");
const STARTUP_KEY = Symbol.for("opvolging.startup");

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(dir);
// As Next.js's standalone server.js: a production server, whatever the shell says.
Object.assign(process.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });

const requestContext = new AsyncLocalStorage();
const levelSetting = (process.env.LOG_LEVEL ?? "").trim() || "info";
const logger = createLogger({ level: LOG_LEVELS.includes(levelSetting) ? levelSetting : "info", requestContext });
/** @type {Record<symbol, unknown>} */ (globalThis)[LOGGER_KEY] = logger;
/** @type {Record<symbol, unknown>} */ (globalThis)[REQUEST_CONTEXT_KEY] = requestContext;
routeConsoleToLogger(logger);

/** @param {string} sentence */
function refuse(sentence) {
  logger.fatal(sentence);
  process.exit(1);
}

if (!LOG_LEVELS.includes(levelSetting))
  refuse(`LOG_LEVEL "${levelSetting}" bestaat niet; kies uit ${LOG_LEVELS.join(", ")}.`);
const read = readServerSettings(process.env);
if (read.problem !== undefined) refuse(read.problem);
const { port, host, shutdownTimeoutMs, keepAliveTimeoutMs, headersTimeoutMs, trustedProxies } =
  /** @type {import("./settings.mjs").ServerSettings} */ (read.settings);
// X-Request-Id is believed only behind a proxy.
const trustRequestId = trustedProxies > 0;

process.on("uncaughtException", (error) => {
  logger.fatal({ err: error }, "Onverwachte fout buiten een verzoek; de server stopt.");
  process.exit(1);
});
process.on("unhandledRejection", (reason) =>
  logger.error({ err: reason }, "Onafgehandelde afwijzing van een promise."),
);

const requiredFiles = path.join(dir, ".next", "required-server-files.json");
if (!existsSync(requiredFiles))
  refuse(`Geen productiebuild gevonden in ${path.join(dir, ".next")}: voer eerst npm run build uit.`);
const { config } = JSON.parse(readFileSync(requiredFiles, "utf8"));
// What the standalone server.js does: the build's configuration, not next.config.js.
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const nextModule = await import("next");
/** @type {any} */
const createNextApp =
  typeof nextModule.default === "function" ? nextModule.default : /** @type {any} */ (nextModule.default).default;
const app = createNextApp({ dev: false, dir, conf: config, hostname: host, port });
await app.prepare();
const handle = app.getRequestHandler();
await startupChecks();

/**
 * Waits for instrumentation.ts (the configuration check, the database check, the job
 * queue), which either refuses with one sentence and exit code 1 or resolves, before the
 * port opens. Next.js starts it as its server is created but awaits it only at the first
 * request; instrumentation.ts leaves its promise on globalThis for this wait.
 */
async function startupChecks() {
  const deadline = Date.now() + 60_000;
  /** @type {Record<symbol, unknown>} */
  const shared = globalThis;
  while (!shared[STARTUP_KEY]) {
    if (Date.now() > deadline)
      refuse("De opstartcontrole van de app (instrumentation.ts) is niet binnen 60 s begonnen.");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await Promise.resolve(shared[STARTUP_KEY]).catch((error) =>
    refuse(`De app kon niet starten: ${error instanceof Error ? error.message : String(error)}`),
  );
}

/** @type {Set<import("node:http").ServerResponse>} */
const inFlight = new Set();
let draining = false;

const server = createAppServer({
  keepAliveTimeoutMs,
  headersTimeoutMs,
  trustedProxies,
  handler: withRequestLog({ logger, requestContext, trustRequestId }, (req, res) => {
    inFlight.add(res);
    res.once("close", () => {
      inFlight.delete(res);
      if (draining) server.closeIdleConnections();
    });
    // While stopping, each answer closes its connection, so keep-alive clients reconnect elsewhere.
    if (draining) res.setHeader("Connection", "close");
    return handle(req, res);
  }),
});

server.once("error", (/** @type {NodeJS.ErrnoException} */ error) => {
  refuse(
    error.code === "EADDRINUSE"
      ? `Poort ${port} op ${host} is al in gebruik.`
      : `De server kon niet starten: ${error.message}.`,
  );
});
server.listen(port, host, () => logger.info({ port, host }, `Opvolging luistert op http://${host}:${port}`));

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Runs the hooks the app registered (lib/server/shutdown-hooks.ts), last registered first. */
async function runShutdownHooks() {
  const hooks =
    /** @type {Array<{ name: string, run: () => Promise<void> }> | undefined} */ (
      /** @type {Record<symbol, unknown>} */ (globalThis)[SHUTDOWN_HOOKS_KEY]
    ) ?? [];
  for (const hook of [...hooks].reverse()) {
    try {
      await Promise.race([hook.run(), delay(10_000).then(() => Promise.reject(new Error("duurde langer dan 10 s")))]);
    } catch (error) {
      logger.warn({ err: error }, `Afsluiten van ${hook.name} mislukte.`);
    }
  }
}

/** @param {NodeJS.Signals} signal */
async function shutdown(signal) {
  if (draining) return;
  draining = true;
  /** @type {Record<symbol, unknown>} */ (globalThis)[DRAINING_KEY] = true;
  logger.info(
    { signal, inFlight: inFlight.size },
    "Stoppen: geen nieuwe verzoeken, lopende verzoeken worden afgemaakt.",
  );
  const closed = new Promise((resolve) => server.close(resolve));
  for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
  server.closeIdleConnections();
  const finished = await Promise.race([closed.then(() => true), delay(shutdownTimeoutMs).then(() => false)]);
  if (!finished) {
    logger.warn(
      { inFlight: inFlight.size },
      `Na ${shutdownTimeoutMs / 1000} s liepen er nog verzoeken; die worden afgebroken.`,
    );
    server.closeAllConnections();
  }
  await runShutdownHooks();
  logger.info("Gestopt.");
  process.exit(0);
}

process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
