// The heavy-work figures of `npm run bench` on their own (heavy-work.ts), without the page
// loads, the Kamerbrief timings and Lighthouse: `npx tsx scripts/bench/heavy-work-alone.ts`
// (BENCH_SKIP_BUILD=1 reuses .next/). The same set-up as main.ts: a throwaway embedded
// PostgreSQL, the demo data with the large generated set, and a production build under
// `npm start` on 127.0.0.1; the letter is the one of letters.ts (50 recommendations, 500
// actions), stored as a concept of the coordinator's without generating it.
import { withDatabaseClient } from "../lib/admin-database.ts";
import { addLargeData, LARGE_DATA_SIZES } from "../lib/large-data.ts";
import { DEMO_PASSWORD, demoUsers } from "../../prisma/seed-data.ts";
import { newFeedToken } from "../../lib/calendar/feed-token.ts";
import { signIn } from "./sign-in.ts";
import { runAlone, startBenchApp, startBenchDatabase, storeLargeLetter, type AloneContext } from "./alone.ts";
import { benchHeavyWork, printHeavyWork } from "./heavy-work.ts";

async function main({ signal, cleanups }: AloneContext): Promise<number> {
  const { ownerUrl, appUrl } = await startBenchDatabase("opvolging-heavy-", cleanups);
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
    await storeLargeLetter(client, letterId, userId);
  });
  const app = await startBenchApp(appUrl, { signal, cleanups });
  const cookies = {
    COORDINATOR: await signIn(app.baseUrl, coordinator.email, DEMO_PASSWORD, signal),
    ADMIN: await signIn(app.baseUrl, admin.email, DEMO_PASSWORD, signal),
  };
  const figures = await benchHeavyWork({
    baseUrl: app.baseUrl,
    serverPid: app.pid,
    cookies,
    ownerUrl,
    letterId,
    feedToken: feedToken.token,
    signal,
  });
  return printHeavyWork(figures) > 0 ? 1 : 0;
}

runAlone(main);
