// Query counts: each page's domain call sends the same number of SQL statements on a small
// database (the demo plus 100 generated actions) as on a large one (the demo plus 10,000
// actions, 100,000 updates, 200,000 audit events; scripts/lib/large-data.ts). A query per
// row shows as a difference only where the two show a different number of rows, so the
// small side is smaller everywhere a page lists something: fewer recommendations and
// actions per recommendation, and its sample action has 3 journal entries, no evidence and
// no deadline change, against 10, evidence and a deadline change on the large side. For a
// paginated list, choose filters that give fewer than a page (50 rows) at 100 actions.
// Add a page with one line in PAGES.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import type { Actor } from "@/lib/auth/actor";
import { toActor } from "@/lib/auth/to-actor";
import { listRecommendations } from "@/lib/recommendations/list-recommendations";
import { getActionItem } from "@/lib/action-items/get-action-item";
import { listEntityHistory } from "@/lib/audit/list-entity-history";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { getRecommendation } from "@/lib/recommendations/get-recommendation";
import { listActionItems } from "@/lib/action-items/list-action-items";
import { listContactOptions } from "@/lib/action-items/list-contact-options";
import { listSavedViews } from "@/lib/saved-views/list-saved-views";
import { parseActionListFilters } from "@/lib/validation/action-list-filters";
import { listPendingDeadlineChanges } from "@/lib/deadline-changes/list-pending-deadline-changes";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { parseAuditLogFilters } from "@/lib/validation/audit-log-filters";
import { listIndicators } from "@/lib/indicators/list-indicators";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { getCommitment } from "@/lib/commitments/get-commitment";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { getProfilePage } from "@/lib/calendar/get-profile-page";
import { listFeedDeadlines } from "@/lib/calendar/list-feed-deadlines";
import { listActionDeadlines } from "@/lib/calendar/list-action-deadlines";
import { listLetterDrafts } from "@/lib/letters/list-letter-drafts";
import { buildLetterSnapshot } from "@/lib/letters/build-letter-snapshot";
import { db } from "@/lib/db";
import { exportDashboard } from "@/lib/export/dashboard-export";
import { buildImportTemplate } from "@/lib/import/build-import-template";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { listEvaluations } from "@/lib/evaluations/list-evaluations";
import { listLetterMetadata } from "@/lib/api/list-letter-metadata";
import { getMyWork } from "@/lib/my-work/get-my-work";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { countUnreadNotifications } from "@/lib/notifications/count-unread-notifications";
import { createDatabase, dropDatabase } from "../scripts/lib/admin-database.ts";
import { withDatabase } from "../scripts/lib/database-url.ts";
import { addLargeData, largeDataSizes, type LargeDataResult, type LargeDataSizes } from "../scripts/lib/large-data.ts";
import { seedDatabase } from "../prisma/seed.ts";
import { countStatements } from "./count-statements.ts";
import { uniqueDatabaseName } from "./test-postgres.ts";

const SMALL = 100;
const LARGE = 10_000;

/** One database at one size, as the page functions see it. */
type AtSize = {
  url: string;
  /** The demo's Coördinator (FIN) and Beheerder. */
  coordinator: Actor;
  admin: Actor;
  /** A generated action with its full journal, a generated recommendation (the same shape at both sizes). */
  sample: LargeDataResult["sample"];
  counts: LargeDataResult["counts"];
};

/** The pages' domain calls. Each runs once per size with the counting client in place. */
const PAGES: { name: string; run: (at: AtSize) => Promise<unknown> }[] = [
  { name: "/mijn-werk: getMyWork (Coördinator)", run: ({ coordinator }) => getMyWork({ actor: coordinator }) },
  { name: "/mijn-werk: getMyWork (Beheerder)", run: ({ admin }) => getMyWork({ actor: admin }) },
  { name: "/meldingen: listNotifications", run: ({ coordinator }) => listNotifications({ actor: coordinator }) },
  { name: "the bell: countUnreadNotifications", run: ({ coordinator }) => countUnreadNotifications(coordinator.id) },
  {
    name: "/aanbevelingen: listRecommendations",
    run: ({ coordinator }) => listRecommendations({ actor: coordinator }),
  },
  {
    name: "/acties/[id]: getActionItem",
    run: ({ coordinator, sample }) => getActionItem({ actor: coordinator, id: sample.actionItemId }),
  },
  {
    name: "/acties/[id]: listEntityHistory",
    run: ({ coordinator, sample }) =>
      listEntityHistory({ actor: coordinator, entityType: "ActionItem", entityId: sample.actionItemId }),
  },
  {
    name: "/acties/[id]: listEvidence",
    run: ({ coordinator, sample }) => listEvidence({ actor: coordinator, actionItemId: sample.actionItemId }),
  },
  {
    name: "/aanbevelingen/[id]: getRecommendation",
    run: ({ coordinator, sample }) => getRecommendation({ actor: coordinator, id: sample.recommendationId }),
  },
  // Filters that give fewer than a page at the small size, so a query per row would show.
  {
    name: "/acties gefilterd: listActionItems",
    run: ({ coordinator }) =>
      listActionItems({
        actor: coordinator,
        filters: parseActionListFilters({ organisatie: "ADSB", status: "IN_PROGRESS" }),
      }),
  },
  {
    name: "/acties?zoek=maatregelen: listActionItems",
    run: ({ coordinator }) =>
      listActionItems({ actor: coordinator, filters: parseActionListFilters({ zoek: "maatregelen" }) }),
  },
  {
    name: "/acties?pagina=2: listActionItems",
    run: ({ coordinator }) => listActionItems({ actor: coordinator, filters: parseActionListFilters({ pagina: "2" }) }),
  },
  {
    name: "/acties/deadlineverzoeken: listPendingDeadlineChanges",
    run: ({ coordinator }) => listPendingDeadlineChanges({ actor: coordinator }),
  },
  {
    name: "/logboek?soort=DEADLINE_CHANGED: listAuditEvents",
    run: ({ coordinator }) =>
      listAuditEvents({ actor: coordinator, filters: parseAuditLogFilters({ soort: "DEADLINE_CHANGED" }).filters }),
  },
  { name: "/: getDashboard", run: ({ coordinator }) => getDashboard({ actor: coordinator, filters: {} }) },
  {
    name: "/?organisatie=ADSB: getDashboard",
    run: ({ coordinator }) => getDashboard({ actor: coordinator, filters: { organisationCode: "ADSB" } }),
  },
  {
    name: "/logboek: listAuditEvents",
    run: ({ coordinator }) => listAuditEvents({ actor: coordinator, filters: parseAuditLogFilters({}).filters }),
  },
  { name: "/kengetallen: listIndicators", run: ({ coordinator }) => listIndicators({ actor: coordinator }) },
  { name: "/toezeggingen: listCommitments", run: ({ coordinator }) => listCommitments({ actor: coordinator }) },
  // The commitment with linked recommendations (found through the list, the same statements at both sizes).
  {
    name: "/toezeggingen/[id]: getCommitment",
    run: async ({ coordinator }) =>
      getCommitment({
        actor: coordinator,
        id: (await listCommitments({ actor: coordinator })).items.find((item) => item.recommendations.length > 0)!.id,
      }),
  },
  { name: "/profiel: getProfilePage", run: ({ coordinator }) => getProfilePage({ actor: coordinator }) },
  {
    name: "/agenda/<token>.ics: listFeedDeadlines",
    run: ({ coordinator }) => listFeedDeadlines(coordinator.organisationId),
  },
  {
    name: "/acties/agenda?organisatie=ADSB: listActionDeadlines",
    run: ({ coordinator }) =>
      listActionDeadlines({ actor: coordinator, filters: parseActionListFilters({ organisatie: "ADSB" }) }),
  },
  { name: "/rapportages: listLetterDrafts", run: ({ coordinator }) => listLetterDrafts({ actor: coordinator }) },
  // A commitment linked to every generated recommendation (4 at the small size, 160 at the large one).
  {
    name: "Concept-Kamerbrief maken: buildLetterSnapshot",
    run: async ({ url }) => {
      const commitmentId = await commitmentOverGeneratedRecommendations(url);
      return db().$transaction((tx) => buildLetterSnapshot(tx, { commitmentId, peildatum: "2023-04-03" }));
    },
  },
  {
    name: "/dashboard.xlsx: exportDashboard",
    run: ({ coordinator }) => exportDashboard({ actor: coordinator, filters: {} }),
  },
  {
    name: "/beheer/import/sjabloon.xlsx: buildImportTemplate",
    run: ({ coordinator }) => buildImportTemplate({ actor: coordinator, filled: true }),
  },
  {
    name: "/acties, /acties/weergaven: listSavedViews",
    run: ({ coordinator }) => listSavedViews({ actor: coordinator }),
  },
  {
    name: "/acties (Coördinator): listContactOptions",
    run: ({ coordinator }) => listContactOptions({ actor: coordinator }),
  },
  { name: "/profiel: listApiTokens", run: ({ coordinator }) => listApiTokens({ actor: coordinator }) },
  { name: "/api/v1/evaluations: listEvaluations", run: ({ coordinator }) => listEvaluations({ actor: coordinator }) },
  { name: "/api/v1/letters: listLetterMetadata", run: ({ coordinator }) => listLetterMetadata({ actor: coordinator }) },
];

/** Made once per database with a client of its own, so that its statements are not counted. */
const generatedCommitments = new Map<string, Promise<string>>();
function commitmentOverGeneratedRecommendations(url: string): Promise<string> {
  let commitment = generatedCommitments.get(url);
  if (!commitment) {
    commitment = (async () => {
      const prisma = createPrismaClient(url);
      try {
        const recommendations = await prisma.recommendation.findMany({
          where: { id: { startsWith: "gen-rec-" } },
          select: { id: true },
        });
        const created = await prisma.commitment.create({
          data: {
            title: "Voortgangsbrief over de gegenereerde aanbevelingen",
            originalWording: "voor de zomer",
            dueDate: new Date("2023-07-07T00:00:00Z"),
            origin: "DEBATE",
            responsibleMinister: "Staatssecretaris van Financiën",
            source: "test/query-counts.test.ts",
            recommendations: { create: recommendations.map(({ id }) => ({ recommendationId: id })) },
          },
          select: { id: true },
        });
        return created.id;
      } finally {
        await prisma.$disconnect();
      }
    })();
    generatedCommitments.set(url, commitment);
  }
  return commitment;
}

const databases: { url: string; prisma: PrismaClient; schemaBefore?: unknown; schemaAfter?: unknown }[] = [];
let small: AtSize;
let large: AtSize;

async function databaseWith(sizes: LargeDataSizes): Promise<AtSize & { prisma: PrismaClient }> {
  const url = withDatabase(inject("testServerUrl"), uniqueDatabaseName("opvolging_counts"));
  await createDatabase(url, { template: inject("templateDatabase") });
  const prisma = createPrismaClient(url);
  const database: (typeof databases)[number] = { url, prisma };
  databases.push(database);
  await seedDatabase(prisma, { demo: true });
  database.schemaBefore = await schemaOf(prisma);
  const { counts, sample } = await addLargeData(url, sizes);
  database.schemaAfter = await schemaOf(prisma);
  const actor = async (email: string) =>
    toActor(await prisma.user.findUniqueOrThrow({ where: { email }, include: { organisation: true } }));
  return {
    url,
    prisma,
    coordinator: await actor("coordinator@fin.demo.opvolging.nl"),
    admin: await actor("beheerder@fin.demo.opvolging.nl"),
    sample,
    counts,
  };
}

/** The definitions of the indexes and the state of the triggers: what the generator touches for speed. */
async function schemaOf(prisma: PrismaClient): Promise<unknown> {
  return prisma.$queryRaw`
    SELECT (SELECT array_agg(indexdef ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'public') AS indexes,
           (SELECT array_agg(tgname || ':' || tgenabled::text ORDER BY tgname) FROM pg_trigger WHERE NOT tgisinternal) AS triggers`;
}

beforeAll(async () => {
  // lib/env.ts wants these; the counting client replaces lib/db.ts's own for each call.
  process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
  const smallDatabase = await databaseWith({ ...largeDataSizes(SMALL), progressUpdatesPerAction: 3 });
  // The smaller action: a shorter journal, no evidence, no deadline change.
  const quiet = await smallDatabase.prisma.actionItem.findFirstOrThrow({
    where: { id: { startsWith: "gen-action-" }, evidence: { none: {} }, deadlineChanges: { none: {} } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  small = { ...smallDatabase, sample: { ...smallDatabase.sample, actionItemId: quiet.id } };
  process.env.DATABASE_URL = small.url;
  large = await databaseWith(largeDataSizes(LARGE));
}, 120_000);

afterAll(async () => {
  for (const { url, prisma } of databases) {
    await prisma.$disconnect();
    await dropDatabase(url);
  }
});

describe("the same number of SQL statements at 100 and at 10,000 actions", () => {
  it("the two databases differ as intended", () => {
    expect(small.counts.actionItems).toBe(SMALL);
    expect(large.counts.actionItems).toBe(LARGE);
    expect(large.counts.progressUpdates).toBe(LARGE * 10);
    expect(large.counts.auditEvents).toBe(200_000);
    expect(large.counts.recommendations).toBeGreaterThan(small.counts.recommendations);
  });

  it("the generator leaves every index and trigger as it found them", () => {
    for (const { schemaBefore, schemaAfter } of databases) {
      expect(JSON.stringify(schemaBefore)).toContain("AuditEvent_stamp_time:A");
      expect(JSON.stringify(schemaBefore)).toContain("AuditEvent_kind_occurredAt_idx");
      expect(schemaAfter).toEqual(schemaBefore);
    }
  });

  it.each(PAGES)("$name", async ({ run }) => {
    const atSmall = await countStatements(small.url, () => run(small));
    const atLarge = await countStatements(large.url, () => run(large));
    expect(atSmall.result).toBeTruthy();
    expect(atLarge.result).toBeTruthy();
    expect(atSmall.statements).toBeGreaterThan(0);
    expect(atLarge.statements).toBe(atSmall.statements);
  });
});
