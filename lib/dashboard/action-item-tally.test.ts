// The dashboard's counts come from ActionItemTally, which database triggers keep (migration
// action_item_tally). Here the tally, and the dashboard's figures built on it, are compared
// with a direct count over the actions: on generated data inserted in bulk, and after each
// kind of write through the app's own domain functions (new action, status change, another
// owner), a bulk update and a delete.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { createActionItem } from "@/lib/action-items/create-action-item";
import { changeActionItemStatus } from "@/lib/action-items/change-action-item-status";
import { updateActionItem } from "@/lib/action-items/update-action-item";
import { toCalendarDate } from "@/lib/clock";
import { DEMO_TODAY } from "@/prisma/seed-data";
import type { Actor } from "@/lib/auth/actor";

const database = setUpSeededDatabase();
beforeEach(() => vi.stubEnv("APP_TODAY", DEMO_TODAY));
afterEach(() => vi.unstubAllEnvs());

type TallyRow = { recommendationId: string; ownerOrganisationId: string; status: string; count: number };

/** The tally's non-zero rows and a direct GROUP BY over ActionItem, in the same order. */
async function tallyAndDirectCount() {
  const tally = await database.prisma.$queryRaw<TallyRow[]>`
    SELECT "recommendationId", "ownerOrganisationId", "status"::text AS "status", "count"
      FROM "ActionItemTally" WHERE "count" <> 0 ORDER BY 1, 2, 3`;
  const direct = await database.prisma.$queryRaw<TallyRow[]>`
    SELECT "recommendationId", "ownerOrganisationId", "status"::text AS "status", count(*)::int AS "count"
      FROM "ActionItem" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return { tally, direct };
}

/** The dashboard's action figures, counted straight from the actions as the page used to. */
async function directActionFigures(organisationCode?: string) {
  const actions = await database.prisma.actionItem.findMany({
    where: organisationCode ? { ownerOrganisation: { code: organisationCode } } : {},
    select: { status: true, dueDate: true, ownerOrganisation: { select: { code: true } } },
  });
  const open = actions.filter((action) => ["NOT_STARTED", "IN_PROGRESS", "DELAYED"].includes(action.status));
  const soon = new Date(`${DEMO_TODAY}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 30);
  const soonDate = toCalendarDate(soon);
  const byOrganisation = new Map<string, number>();
  for (const action of actions)
    byOrganisation.set(action.ownerOrganisation.code, (byOrganisation.get(action.ownerOrganisation.code) ?? 0) + 1);
  return {
    tiles: {
      open: open.length,
      overdue: open.filter((action) => toCalendarDate(action.dueDate) < DEMO_TODAY).length,
      dueSoon: open.filter(
        (action) => toCalendarDate(action.dueDate) >= DEMO_TODAY && toCalendarDate(action.dueDate) <= soonDate,
      ).length,
      done: actions.filter((action) => action.status === "DONE").length,
    },
    byOrganisation: Object.fromEntries(byOrganisation),
  };
}

async function expectDashboardToMatchActions(actor: Actor) {
  const { tally, direct } = await tallyAndDirectCount();
  expect(tally).toEqual(direct);
  for (const organisationCode of [undefined, "ADSB"]) {
    const dashboard = await getDashboard({ actor, filters: { organisationCode } });
    const expected = await directActionFigures(organisationCode);
    expect(dashboard.actions.tiles).toEqual(expected.tiles);
    expect(
      Object.fromEntries(
        dashboard.actions.byOrganisation.filter((row) => row.total > 0).map((row) => [row.code, row.total]),
      ),
    ).toEqual(expected.byOrganisation);
  }
  // Each recommendation's counts (all organisations): done and counting (not cancelled).
  const dashboard = await getDashboard({ actor, filters: {} });
  for (const row of dashboard.recommendations.progress) {
    const actions = await database.prisma.actionItem.findMany({
      where: { recommendationId: row.id },
      select: { status: true, dueDate: true },
    });
    expect(row.done).toBe(actions.filter((action) => action.status === "DONE").length);
    expect(row.counting).toBe(actions.filter((action) => action.status !== "CANCELLED").length);
    expect(row.overdue).toBe(
      actions.filter(
        (action) =>
          ["NOT_STARTED", "IN_PROGRESS", "DELAYED"].includes(action.status) &&
          toCalendarDate(action.dueDate) < DEMO_TODAY,
      ).length,
    );
  }
}

let coordinator: Actor;

beforeAll(async () => {
  coordinator = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
  // 600 generated actions in one statement (the trigger's bulk path), spread over every
  // recommendation, organisation, status and a year and a half of deadlines.
  await database.prisma.$executeRaw`
    INSERT INTO "ActionItem" ("id", "recommendationId", "title", "description", "ownerOrganisationId", "dueDate", "status", "percentDone", "updatedAt")
    SELECT 'tally-' || n,
           (SELECT array_agg("id" ORDER BY "id") FROM "Recommendation")[1 + n % (SELECT count(*) FROM "Recommendation")::int],
           'Gegenereerde actie ' || n, 'Beschrijving ' || n,
           (SELECT array_agg("id" ORDER BY "code") FROM "Organisation")[1 + n % 3],
           DATE '2022-10-01' + (n % 540),
           (ARRAY['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'DONE', 'CANCELLED']::"ActionStatus"[])[1 + n % 5],
           n % 101, now()
      FROM generate_series(1, 600) AS n`;
});

describe("ActionItemTally", () => {
  it("equals a direct count after a bulk insert, and the dashboard's figures equal the actions'", async () => {
    await expectDashboardToMatchActions(coordinator);
  });

  it("follows a new action, a status change and a change of owner made through the app", async () => {
    const recommendation = await database.prisma.recommendation.findFirstOrThrow({ orderBy: { number: "asc" } });
    const adsb = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } });
    const bz = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "BZ" } });
    const adsbContact = await database.prisma.user.findFirstOrThrow({
      where: { organisationId: adsb.id, active: true },
    });
    const bzContact = await database.prisma.user.findFirstOrThrow({ where: { organisationId: bz.id, active: true } });
    const { actionItemId: id } = await createActionItem({
      actor: coordinator,
      input: {
        recommendationId: recommendation.id,
        title: "Nieuwe actie voor de telling",
        description: "Gemaakt door de test.",
        ownerOrganisationId: adsb.id,
        contactUserId: adsbContact.id,
        dueDate: "2023-04-10",
      },
    });
    await expectDashboardToMatchActions(coordinator);

    let action = await database.prisma.actionItem.findUniqueOrThrow({ where: { id } });
    await changeActionItemStatus({
      actor: coordinator,
      input: { actionItemId: id, version: action.version, status: "IN_PROGRESS" },
    });
    await expectDashboardToMatchActions(coordinator);

    action = await database.prisma.actionItem.findUniqueOrThrow({ where: { id } });
    await updateActionItem({
      actor: coordinator,
      input: {
        actionItemId: id,
        version: action.version,
        title: action.title,
        description: action.description,
        ownerOrganisationId: bz.id,
        contactUserId: bzContact.id,
        startDate: undefined,
      },
    });
    expect((await database.prisma.actionItem.findUniqueOrThrow({ where: { id } })).ownerOrganisationId).toBe(bz.id);
    await expectDashboardToMatchActions(coordinator);
  });

  it("follows a bulk update across recommendations and statuses, and deletes", async () => {
    await database.prisma.$executeRaw`
      UPDATE "ActionItem" SET "status" = 'DONE', "percentDone" = 100 WHERE "id" LIKE 'tally-%' AND "status" = 'DELAYED'`;
    await database.prisma.$executeRaw`
      UPDATE "ActionItem" SET "recommendationId" = (SELECT min("id") FROM "Recommendation") WHERE "id" LIKE 'tally-1%'`;
    await expectDashboardToMatchActions(coordinator);
    await database.prisma.$executeRaw`DELETE FROM "ActionItem" WHERE "id" LIKE 'tally-2%'`;
    await expectDashboardToMatchActions(coordinator);
  });
});
