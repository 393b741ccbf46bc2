// Scripts end on one clear sentence, not a stack trace, for the failures a user can fix.
import { EmbeddedPostgresError } from "./embedded-postgres.ts";
import { DatabaseUnreachableError } from "./admin-database.ts";

export function describeError(error: unknown): string {
  if (error instanceof EmbeddedPostgresError || error instanceof DatabaseUnreachableError) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT") {
      return `De database is niet bereikbaar (${code}). Controleer DATABASE_URL of laat die leeg voor de ingebouwde database.`;
    }
    if (error.message.startsWith("Ongeldige configuratie") || error.message.startsWith("Poort ")) return error.message;
    return process.env.DEBUG ? (error.stack ?? error.message) : `${error.message} (zet DEBUG=1 voor details)`;
  }
  return String(error);
}

export function reportAndExit(error: unknown, exit: () => Promise<never> | never = () => process.exit(1)): void {
  console.error(`\nFout: ${describeError(error)}`);
  void exit();
}
