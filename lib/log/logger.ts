// The app's logger. Under the production server (server/main.mjs) it is that server's one
// pino logger, shared through globalThis: JSON lines on stdout with the request's id and
// user. Elsewhere (next dev, tests, scripts) a logger of its own: readable lines in
// development, silent in tests unless LOG_LEVEL asks otherwise. docs/decisions/017.
import type { DestinationStream, Logger } from "pino";
import { getLogLevel } from "@/lib/env";
import { currentRequest, type RequestContext } from "@/lib/log/request-context";
// The production server's own logger factory, so that every line has one format whoever
// writes it: the same fields, level names, redaction and request id. The server's module is
// plain JavaScript (it runs without a TypeScript loader), so it cannot import this file; this
// file imports it, typed by hand below as the tests of the server modules do.
// @ts-expect-error -- plain JavaScript module without type declarations
import * as httpLogging from "@/server/http-logging.mjs";

const { createLogger, LOGGER_KEY } = httpLogging as {
  createLogger(options: {
    level: string;
    destination?: DestinationStream;
    requestContext?: { getStore(): RequestContext | undefined };
  }): Logger;
  LOGGER_KEY: symbol;
};

/** One readable line per entry for a developer's terminal: "12:03:04 WARN message {fields}". */
function readableDestination(): DestinationStream {
  return {
    write(line: string) {
      const { level, time, msg, ...fields } = JSON.parse(line) as Record<string, unknown>;
      delete fields.pid;
      delete fields.hostname;
      const rest = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : "";
      const clock = typeof time === "string" ? time.slice(11, 19) : "";
      process.stdout.write(`${clock} ${String(level).toUpperCase()} ${String(msg ?? "")}${rest}\n`);
    },
  };
}

function ownLogger(): Logger {
  const { level, nodeEnv } = getLogLevel();
  return createLogger({
    level: level ?? (nodeEnv === "test" ? "silent" : "info"),
    destination: nodeEnv === "development" ? readableDestination() : undefined,
    requestContext: { getStore: currentRequest },
  });
}

export function logger(): Logger {
  const shared = globalThis as Record<symbol, unknown>;
  shared[LOGGER_KEY] ??= ownLogger();
  return shared[LOGGER_KEY] as Logger;
}
