// The heavy-work figures of `npm run bench` on their own (heavy-work.ts), without the page
// loads, the Kamerbrief timings and Lighthouse: `npx tsx scripts/bench/heavy-work-alone.ts`
// (BENCH_SKIP_BUILD=1 reuses .next/). The same set-up as main.ts: a throwaway embedded
// PostgreSQL, the demo data with the large generated set, and a production build under
// `npm start` on 127.0.0.1; the letter is the one of letters.ts (50 recommendations, 500
// actions), stored as a concept of the coordinator's without generating it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createDatabase, withDatabaseClient } from "../lib/admin-database.ts";
import { migrateDatabase, seedDatabaseAt } from "../lib/prepare-database.ts";
import { startProductionApp } from "../lib/production-app.ts";
import { addLargeData, LARGE_DATA_SIZES } from "../lib/large-data.ts";
import { DEMO_PASSWORD, DEMO_TODAY, demoUsers } from "../../prisma/seed-data.ts";
import { newFeedToken } from "../../lib/calendar/feed-token.ts";
import { startPostgresWithStatements } from "./statements.ts";
import { readBenchSettings } from "./settings.ts";
import { signIn } from "./sign-in.ts";
import { runAlone } from "./run-alone.ts";
import { largeLetterContent } from "./letters.ts";
import { benchHeavyWork, printHeavyWork } from "./heavy-work.ts";

const DATABASE = "opvolging_bench";
const abort = new AbortController();
const cleanups: (() => Promise<void>)[] = [];
process.on("SIGINT", () => abort.abort());

async function main(): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), "opvolging-heavy-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const postgres = await startPostgresWithStatements(path.join(dir, "postgres"), (stop) => cleanups.push(stop));
  const ownerUrl = postgres.ownerUrlFor(DATABASE);
  await createDatabase(postgres.urlFor(DATABASE), { owner: postgres.owner.user });
  await migrateDatabase(ownerUrl, { appRole: postgres.app.user });
  await seedDatabaseAt(ownerUrl, { demo: true });
  await addLargeData(ownerUrl, LARGE_DATA_SIZES);
  const coordinator = demoUsers.find((user) => user.role === "COORDINATOR")!;
  const admin = demoUsers.find((user) => user.role === "ADMIN")!;
  const feedToken = newFeedToken();
  const letterId = "bench-heavy-letter";
  await withDatabaseClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [coordinator.email]);
    const userId = rows[0]!.id;
    await client.query(`INSERT INTO "CalendarFeed" (id, "userId", "tokenHash") VALUES ('bench-feed', $1, $2)`, [
      userId,
      feedToken.tokenHash,
    ]);
    await client.query(
      `INSERT INTO "LetterDraft" (id, "commitmentId", title, "createdById", "updatedAt")
       SELECT $1, id, 'Voortgangsbrief (meting)', $2, now() FROM "Commitment" ORDER BY id LIMIT 1`,
      [letterId, userId],
    );
    await client.query(
      `INSERT INTO "LetterDraftVersion" (id, "letterDraftId", "versionNumber", kind, content, "createdById")
       VALUES ('bench-heavy-letter-1', $1, 1, 'GENERATED', $2, $3)`,
      [letterId, JSON.stringify(largeLetterContent()), userId],
    );
  });
  const settings = readBenchSettings();
  const app = await startProductionApp({
    databaseUrl: postgres.appUrlFor(DATABASE),
    build: settings.build,
    signal: abort.signal,
    env: { AUTH_SECRET: randomBytes(32).toString("base64url"), APP_TODAY: DEMO_TODAY },
  });
  cleanups.push(() => app.stop());
  const cookies = {
    COORDINATOR: await signIn(app.baseUrl, coordinator.email, DEMO_PASSWORD, abort.signal),
    ADMIN: await signIn(app.baseUrl, admin.email, DEMO_PASSWORD, abort.signal),
  };
  const figures = await benchHeavyWork({
    baseUrl: app.baseUrl,
    serverPid: app.pid,
    cookies,
    ownerUrl,
    letterId,
    feedToken: feedToken.token,
    signal: abort.signal,
  });
  return printHeavyWork(figures) > 0 ? 1 : 0;
}

runAlone(main, cleanups);
