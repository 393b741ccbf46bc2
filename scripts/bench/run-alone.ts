// The ending of the bench's stand-alone parts (heavy-work-alone.ts, page-bytes-alone.ts): run
// main, print a failure in Dutch, undo what was started (last first, each failure ignored) and
// exit with main's code, or 1.
import { describeError } from "../lib/report-error.ts";

export function runAlone(main: () => Promise<number>, cleanups: (() => Promise<void>)[]): void {
  main()
    .catch((error: unknown) => {
      console.error(`Fout: ${describeError(error)}`);
      return 1;
    })
    .then(async (code) => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
      process.exit(code);
    });
}
