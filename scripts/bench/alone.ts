// The frame of a part of the bench run on its own (heavy-work-alone.ts, lighthouse-alone.ts):
// Ctrl-C aborts, the clean-ups run last to first whatever happened, and a failure ends in one
// Dutch sentence. `main` returns the exit code.
import type pg from "pg";
import { describeError } from "../lib/report-error.ts";
import { largeLetterContent } from "./letters.ts";

export type AloneContext = { signal: AbortSignal; cleanups: (() => Promise<void>)[] };

export function runAlone(main: (context: AloneContext) => Promise<number>): void {
  const abort = new AbortController();
  const cleanups: (() => Promise<void>)[] = [];
  process.on("SIGINT", () => abort.abort());
  main({ signal: abort.signal, cleanups })
    .catch((error: unknown) => {
      console.error(`Fout: ${describeError(error)}`);
      return 1;
    })
    .then(async (code) => {
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
      process.exit(code);
    });
}

/** The large letter of letters.ts as a concept of `userId`'s for the first commitment, stored without generating it. */
export async function storeLargeLetter(client: pg.Client, letterId: string, userId: string): Promise<void> {
  await client.query(
    `INSERT INTO "LetterDraft" (id, "commitmentId", title, "createdById", "updatedAt")
     SELECT $1, id, 'Voortgangsbrief (meting)', $2, now() FROM "Commitment" ORDER BY id LIMIT 1`,
    [letterId, userId],
  );
  await client.query(
    `INSERT INTO "LetterDraftVersion" (id, "letterDraftId", "versionNumber", kind, content, "createdById")
     VALUES ($1, $2, 1, 'GENERATED', $3, $4)`,
    [`${letterId}-1`, letterId, JSON.stringify(largeLetterContent()), userId],
  );
}
