// @ts-check
// The production server's logger and request log (server/main.mjs; docs/decisions/017).
// Plain JavaScript because it runs as is next to the standalone build, where there is no
// TypeScript loader. One JSON line per event on stdout; every line written while a request
// is handled carries that request's id (and the user's id once the app knows it), through
// an AsyncLocalStorage the app reads via lib/log/request-context.ts.
import { randomUUID } from "node:crypto";
import { format } from "node:util";
import pino from "pino";

/** Shared with the app's own modules (lib/log/, lib/server/) through globalThis. */
export const REQUEST_CONTEXT_KEY = Symbol.for("opvolging.requestContext");
export const LOGGER_KEY = Symbol.for("opvolging.logger");

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

// The request log writes no headers, bodies or query strings at all; these paths are a
// second line of defence for anything else that ends up in a log object.
export const REDACT_PATHS = [
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "authorization",
  "*.authorization",
  "cookie",
  "*.cookie",
  "headers",
  "*.headers",
];

/**
 * The one logger factory: this server's logger, and the app's own outside it (lib/log/logger.ts
 * imports it), so that every log line has one format.
 * @typedef {{ id: string, userId?: string }} RequestContext
 * @param {{ level?: string, destination?: import("pino").DestinationStream, requestContext?: { getStore(): RequestContext | undefined } }} [options]
 */
export function createLogger({ level = "info", destination, requestContext } = {}) {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      // "level":"info" instead of 30: readable in any log viewer without a lookup table.
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[verwijderd]" },
      mixin() {
        const context = requestContext?.getStore();
        if (!context) return {};
        return context.userId ? { reqId: context.id, userId: context.userId } : { reqId: context.id };
      },
    },
    // Synchronous: a line written just before process.exit is never lost.
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's id: the one a trusted proxy sent in X-Request-Id (when it looks like an id:
 * letters, digits and . _ : -, at most 128), else a new one.
 * @param {string | string[] | undefined} header
 * @param {boolean} trusted
 */
export function requestIdFor(header, trusted) {
  if (trusted && typeof header === "string" && REQUEST_ID.test(header)) return header;
  return randomUUID();
}

/**
 * The path of a request as it may be logged: no query string (search terms, sign-in
 * callback codes), the secret tokens of the calendar feed and of the invitation and reset
 * links replaced, at most 200 characters.
 * @param {string | undefined} url
 */
export function routeForLog(url) {
  const path = (url ?? "/").split(/[?#]/, 1)[0] ?? "/";
  const safe = path
    .replace(/^\/agenda\/[^/]+/, "/agenda/[token]")
    .replace(/^\/account\/(activeren|herstellen)\/[^/]+/, "/account/$1/[token]");
  return safe.length > 200 ? `${safe.slice(0, 200)}…` : safe;
}

/**
 * Health probes arrive every few seconds from the platform: debug, not info. A 5xx is a
 * warning: the error behind it has its own line (with the reference code the user saw),
 * so that each error is logged once at level error.
 * @param {string} route
 * @param {number} status
 * @returns {"debug" | "info" | "warn"}
 */
export function levelFor(route, status) {
  if (status >= 500) return "warn";
  if (route.startsWith("/api/health/")) return "debug";
  return "info";
}

/**
 * Wraps a request handler: gives the request its id (also as X-Request-Id on the request
 * for the app and on the response for the client), runs the handler inside the request
 * context, and writes one line when the response is done.
 * @param {{ logger: import("pino").Logger, requestContext: import("node:async_hooks").AsyncLocalStorage<RequestContext>, trustRequestId: boolean }} options
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handler
 */
export function withRequestLog({ logger, requestContext, trustRequestId }, handler) {
  /** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
  return (req, res) => {
    const started = process.hrtime.bigint();
    /** @type {RequestContext} */
    const context = { id: requestIdFor(req.headers["x-request-id"], trustRequestId) };
    req.headers["x-request-id"] = context.id;
    res.setHeader("X-Request-Id", context.id);
    res.once("close", () => {
      const route = routeForLog(req.url);
      const status = res.writableFinished ? res.statusCode : 499;
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      const line = { reqId: context.id, userId: context.userId, method: req.method, route, status, durationMs };
      if (!res.writableFinished) Object.assign(line, { aborted: true });
      logger[levelFor(route, status)](line, "request");
    });
    requestContext.run(context, () => handler(req, res));
  };
}

/**
 * Sends console.* (Next.js's own messages, libraries) through the logger, so that stdout
 * holds JSON lines only. An Error argument becomes the line's `err` (with its stack); a
 * Next.js error digest, the code the error page shows, becomes `reference`.
 * @param {import("pino").Logger} logger
 */
export function routeConsoleToLogger(logger) {
  /** @type {Array<[ "log" | "info" | "warn" | "error" | "debug", "info" | "warn" | "error" | "debug" ]>} */
  const methods = [
    ["log", "info"],
    ["info", "info"],
    ["warn", "warn"],
    ["error", "error"],
    ["debug", "debug"],
  ];
  for (const [method, level] of methods) {
    console[method] = (...args) => {
      const error = args.find((arg) => arg instanceof Error);
      const rest = args.filter((arg) => arg !== error);
      const message = rest.length > 0 ? format(...rest) : (error?.message ?? "");
      /** @type {Record<string, unknown>} */
      const fields = {};
      if (error) {
        fields.err = error;
        const digest = /** @type {{ digest?: unknown }} */ (error).digest;
        if (typeof digest === "string") fields.reference = digest;
      }
      logger[level](fields, message);
    };
  }
}
