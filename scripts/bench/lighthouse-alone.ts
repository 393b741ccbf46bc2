// Lighthouse alone, on the demo data: the five pages of `npm run bench`, with the failing
// accessibility and best-practices audits spelled out (element, resource or message), to
// find what keeps a score below its goal: `npx tsx scripts/bench/lighthouse-alone.ts`
// (BENCH_SKIP_BUILD=1 reuses .next/). A throwaway embedded PostgreSQL with the demo seed, a
// production build under `npm start` on 127.0.0.1, and the Kamerbrief of letters.ts stored as
// a concept of the coordinator's. Performance is read on a quiet machine in the full bench.
import { withDatabaseClient } from "../lib/admin-database.ts";
import { DEMO_PASSWORD, demoUsers } from "../../prisma/seed-data.ts";
import { signIn } from "./sign-in.ts";
import { runAlone, startBenchApp, startBenchDatabase, storeLargeLetter, type AloneContext } from "./alone.ts";
import { LIGHTHOUSE_GOALS, printLighthouse, runLighthouse } from "./lighthouse.ts";

const LETTER_ID = "lighthouse-letter";

async function main({ signal, cleanups }: AloneContext): Promise<number> {
  const { ownerUrl, appUrl } = await startBenchDatabase("opvolging-lighthouse-", cleanups);
  const coordinator = demoUsers.find((user) => user.role === "COORDINATOR")!;
  const actionId = await withDatabaseClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [coordinator.email]);
    const userId = rows[0]!.id;
    await storeLargeLetter(client, LETTER_ID, userId);
    const action = await client.query<{ id: string }>(`SELECT id FROM "ActionItem" ORDER BY id LIMIT 1`);
    return action.rows[0]!.id;
  });
  const app = await startBenchApp(appUrl, { signal, cleanups });
  const cookie = await signIn(app.baseUrl, coordinator.email, DEMO_PASSWORD, signal);
  const scores = await runLighthouse(app.baseUrl, [
    { path: "/", label: "Dashboard (Coördinator)", cookie },
    { path: "/acties", label: "Acties (Coördinator)", cookie },
    { path: `/acties/${actionId}`, label: "Een actie (Coördinator)", cookie },
    { path: `/rapportages/${LETTER_ID}`, label: "Een Kamerbrief (Coördinator)", cookie },
    { path: "/inloggen", label: "Inloggen (anoniem)" },
  ]);
  printLighthouse(scores);
  const below = scores.filter(
    (score) =>
      score.accessibility < LIGHTHOUSE_GOALS.accessibility || score.bestPractices < LIGHTHOUSE_GOALS.bestPractices,
  );
  return below.length > 0 ? 1 : 0;
}

runAlone(main);
