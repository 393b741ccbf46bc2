// The app's logger. Under the production server (server/main.mjs) it is that server's one
// pino logger, shared through globalThis: JSON lines on stdout with the request's id and
// user. Elsewhere (next dev, tests, scripts) a logger of its own: readable lines in
// development, silent in tests unless LOG_LEVEL asks otherwise. docs/decisions/017.
import pino, { type Logger } from "pino";
import { getLogLevel } from "@/lib/env";
import { currentRequest } from "@/lib/log/request-context";

const LOGGER_KEY = Symbol.for("opvolging.logger");

// Same list as server/http-logging.mjs (which cannot import TypeScript).
const REDACT_PATHS = [
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

/** One readable line per entry for a developer's terminal: "12:03:04 WARN message {fields}". */
function readableDestination(): pino.DestinationStream {
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
  return pino(
    {
      level: level ?? (nodeEnv === "test" ? "silent" : "info"),
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[verwijderd]" },
      mixin() {
        const context = currentRequest();
        return context ? { reqId: context.id, ...(context.userId ? { userId: context.userId } : {}) } : {};
      },
    },
    nodeEnv === "development" ? readableDestination() : pino.destination({ dest: 1, sync: true }),
  );
}

export function logger(): Logger {
  const shared = globalThis as Record<symbol, unknown>;
  shared[LOGGER_KEY] ??= ownLogger();
  return shared[LOGGER_KEY] as Logger;
}
