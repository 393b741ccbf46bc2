// Scripts end on one clear sentence, not a stack trace or an engine's output: the
// message's first line only, and the full error (with its causes) only with DEBUG=1.
import { EmbeddedPostgresError } from "./embedded-postgres.ts";
import { DatabaseUnreachableError } from "./admin-database.ts";
import {
  EngineInternalsChangedError,
  MigrationEngineError,
  ShadowDatabaseConfigError,
  ShadowDatabaseUnavailableError,
} from "./migrate-engine.ts";

const OWN_SENTENCES = [
  EmbeddedPostgresError,
  DatabaseUnreachableError,
  MigrationEngineError,
  ShadowDatabaseConfigError,
  ShadowDatabaseUnavailableError,
  EngineInternalsChangedError,
];

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .map((line) => line.trim())
      .find(Boolean) ?? ""
  );
}

/** The error with its chain of causes, for DEBUG=1. */
function fullDetail(error: Error): string {
  const parts = [error.stack ?? error.message];
  for (let cause = error.cause, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) {
    parts.push(`Oorzaak: ${cause.stack ?? cause.message}`);
  }
  return parts.join("\n");
}

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return firstLine(String(error));
  if (process.env.DEBUG) return fullDetail(error);
  if (OWN_SENTENCES.some((kind) => error instanceof kind)) return firstLine(error.message);
  const { code } = error as NodeJS.ErrnoException;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT") {
    return `De database is niet bereikbaar (${code}). Controleer DATABASE_URL of laat die leeg voor de ingebouwde database.`;
  }
  // pg's DatabaseError: SQLSTATE 42501 insufficient_privilege.
  if (code === "42501") return `De databasegebruiker mist een recht voor deze stap: ${firstLine(error.message)}.`;
  const message = firstLine(error.message);
  if (/^(Ongeldige configuratie|Poort |Onbekende|db:|Geef |SHADOW_DATABASE_URL|De )/.test(message)) return message;
  return `${message} (zet DEBUG=1 voor details)`;
}

export function reportAndExit(error: unknown, exit: () => Promise<never> | never = () => process.exit(1)): void {
  console.error(`\nFout: ${describeError(error)}`);
  void exit();
}

/**
 * For script entry points: an error nobody awaited (a wasm panic surfaces as an uncaught
 * exception from the engine's promise glue) ends in the same one sentence, not Node's
 * default stack print.
 */
export function reportUncaught(exit?: () => Promise<never> | never): void {
  let reported = false;
  const handle = (error: unknown) => {
    if (reported) return;
    reported = true;
    reportAndExit(error, exit);
  };
  process.on("uncaughtException", handle);
  process.on("unhandledRejection", handle);
}
