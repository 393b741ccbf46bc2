// The action list costs the same number of SQL statements at 100 actions as at 10,000
// (no query per row), for the first page, a later page and a search; and at 10,000 the
// queries use the indexes (the plans are printed for the record).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { countStatements } from "@/test/count-statements";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { listActionItems, getActionListOptions } from "@/lib/action-items/list-action-items";
import { parseActionListFilters } from "@/lib/validation/action-list-filters";
import { exportActionItems } from "@/lib/export/action-items-export";
import type { Actor } from "@/lib/auth/actor";

const database = setUpSeededDatabase();

/** Tops the table up to `total` actions in one INSERT … SELECT, with three progress updates each. */
async function fillTo(total: number) {
  const existing = await database.prisma.actionItem.count();
  const from = existing + 1;
  await database.prisma.$executeRaw`
    INSERT INTO "ActionItem" ("id", "recommendationId", "title", "description", "ownerOrganisationId", "contactUserId", "dueDate", "status", "percentDone", "updatedAt")
    SELECT 'bulk-' || n,
           (SELECT array_agg("id" ORDER BY "id") FROM "Recommendation")[1 + n % (SELECT count(*) FROM "Recommendation")::int],
           (ARRAY['Risicokader', 'Handboek', 'Training', 'Dossiercontrole', 'Escalatieprocedure'])[1 + n % 5] || ' deel ' || n,
           'Beschrijving van stap ' || n || ' met ' || (ARRAY['acceptanten', 'posten', 'exporteurs', 'compliance'])[1 + n % 4]
             || CASE WHEN n % 97 = 0 THEN ' en de klokkenluidersregeling' ELSE '' END,
           (SELECT array_agg("id" ORDER BY "code") FROM "Organisation")[1 + n % 3],
           CASE WHEN n % 7 = 0 THEN (SELECT "id" FROM "User" WHERE "email" = 'bijdrager@adsb.demo.opvolging.nl') END,
           DATE '2023-01-01' + (n % 700),
           (ARRAY['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'DONE', 'CANCELLED']::"ActionStatus"[])[1 + n % 5],
           n % 101,
           now()
    FROM generate_series(${from}::int, ${total}::int) AS n`;
  await database.prisma.$executeRaw`
    INSERT INTO "ProgressUpdate" ("id", "actionItemId", "authorId", "text", "statusBefore", "statusAfter", "percentDone", "occurredOn")
    SELECT 'bulk-update-' || n || '-' || k, 'bulk-' || n, (SELECT "id" FROM "User" WHERE "email" = 'bijdrager@adsb.demo.opvolging.nl'),
           'Voortgang ' || k || ': ' || (ARRAY['overleg gevoerd', 'concept besproken', 'steekproef gedaan', 'maatregelen genomen'])[1 + (n + k) % 4],
           'IN_PROGRESS', 'IN_PROGRESS', 0, DATE '2023-02-01' + k
    FROM generate_series(${from}::int, ${total}::int) AS n, generate_series(1, 3) AS k`;
  await database.prisma.$executeRawUnsafe(`ANALYZE "ActionItem", "ProgressUpdate"`);
  expect(await database.prisma.actionItem.count()).toBe(total);
}

const VIEWS = {
  "first page": {},
  "a later page": { pagina: "2", organisatie: "ADSB", status: ["IN_PROGRESS", "DELAYED"] },
  // A word in 1 % of the actions, and one in three quarters of them (in their journals).
  "a search": { zoek: "klokkenluidersregeling" },
  "a broad search": { zoek: "maatregelen" },
  "te laat, mijn acties": { "te-laat": "1", mijn: "1" },
} as const;

async function statementsPerView(actor: Actor) {
  const counts: Record<string, number> = {};
  for (const [name, params] of Object.entries(VIEWS)) {
    const filters = parseActionListFilters(params);
    counts[name] = (
      await countStatements(database.url, () =>
        Promise.all([listActionItems({ actor, filters }), getActionListOptions({ actor })]),
      )
    ).statements;
  }
  return counts;
}

let actor: Actor;
beforeAll(async () => {
  vi.stubEnv("APP_TODAY", "2023-04-03");
  actor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
});

describe("the action list at scale", () => {
  it("sends the same statements at 100 and at 10,000 actions", { timeout: 120_000 }, async () => {
    await fillTo(100);
    const atHundred = await statementsPerView(actor);
    await fillTo(10_000);
    const atTenThousand = await statementsPerView(actor);
    console.log("statements per view (100 → 10,000 actions):", atHundred, atTenThousand);
    expect(atTenThousand).toEqual(atHundred);
    // The count, the page and three lookups for the filter form; a search also sets the
    // planner's random_page_cost for its transaction.
    for (const [name, count] of Object.entries(atHundred)) expect(count).toBe(name.includes("search") ? 6 : 5);
    const later = await listActionItems({ actor, filters: parseActionListFilters(VIEWS["a later page"]) });
    expect(later).toMatchObject({ page: 2, first: 51 });
    expect(later.rows).toHaveLength(50);
  });

  it("uses the indexes on 10,000 actions", { timeout: 120_000 }, async () => {
    const plans: Record<string, string> = {};
    for (const [name, params] of Object.entries(VIEWS)) {
      const queries: { query: string; params: string }[] = [];
      const client = createPrismaClient(database.url, {
        onQuery: (event) => queries.push(event as { query: string; params: string }),
      });
      const global = globalThis as { opvolgingPrisma?: PrismaClient };
      const previous = global.opvolgingPrisma;
      global.opvolgingPrisma = client;
      try {
        await listActionItems({ actor, filters: parseActionListFilters(params) });
      } finally {
        global.opvolgingPrisma = previous;
        await client.$disconnect();
      }
      const lines: string[] = [];
      // A search sets the planner's random_page_cost for its transaction: explained as it ran.
      const setting = queries.find(({ query }) => /^SET LOCAL /i.test(query))?.query;
      for (const { query, params: values } of queries) {
        if (!/^\s*(SELECT|WITH)\b/i.test(query)) continue;
        const explain = (client: Pick<PrismaClient, "$queryRawUnsafe">) =>
          client.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
            `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${query}`,
            ...JSON.parse(values),
          );
        const plan = setting
          ? await database.prisma.$transaction(async (tx) => {
              await tx.$executeRawUnsafe(setting);
              return explain(tx);
            })
          : await explain(database.prisma);
        lines.push(plan.map((line) => line["QUERY PLAN"]).join("\n"));
      }
      plans[name] = lines.join("\n--\n");
      console.log(`\n=== ${name}\n${plans[name]}`);
    }
    // Unfiltered, by deadline: walk the deadline index and stop after 50 rows.
    expect(plans["first page"]).toMatch(/Index Scan using "ActionItem_dueDate_idx"/);
    // Organisation and status: the composite index.
    expect(plans["a later page"]).toMatch(/"ActionItem_ownerOrganisationId_status_idx"/);
    // A selective word: the GIN index on the search document. (For a word in most actions
    // the planner may read the table instead: here the documents are short; on the bench's
    // data, with ten updates an action, it takes the index, docs/benchmarks.md.)
    expect(plans["a search"]).toMatch(/Bitmap Index Scan on "ActionItem_searchVector_idx"/);
  });

  it("exports all 10,000 actions in one statement, as .csv and as .xlsx", { timeout: 120_000 }, async () => {
    for (const format of ["csv", "xlsx"] as const) {
      const started = performance.now();
      const { statements, result } = await countStatements(database.url, () =>
        exportActionItems({ actor, filters: parseActionListFilters({}), format }),
      );
      const size = (await new Response(result.body).arrayBuffer()).byteLength;
      console.log(
        `export ${format}: ${result.rowCount} rows, ${(size / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms`,
      );
      expect(statements).toBe(1);
      expect(result.rowCount).toBe(10_000);
    }
  });
});
