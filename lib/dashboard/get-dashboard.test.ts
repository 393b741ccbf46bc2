// The dashboard against PostgreSQL on the demo data ("today" = 3 April 2023), plus a few
// made actions: each section, the organisation filter, the SQL risk pre-filter agreeing
// with the pure rules, and the cache keyed by the database's stamp.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { countStatements } from "@/test/count-statements";
import { clearDashboardCache, getDashboard } from "./get-dashboard";
import { DEMO_TODAY } from "@/prisma/seed-data";

const database = setUpSeededDatabase();
beforeEach(() => vi.stubEnv("APP_TODAY", DEMO_TODAY));
afterEach(() => vi.unstubAllEnvs());

const reader = () => actorFor(database, "lezer@bz.demo.opvolging.nl");

describe("getDashboard on the demo data", () => {
  it("counts the tiles and the organisation × status table alike", async () => {
    const dashboard = await getDashboard({ actor: await reader(), filters: {} });
    expect(dashboard.today).toBe(DEMO_TODAY);
    expect(dashboard.actions.tiles).toEqual({ open: 23, overdue: 5, dueSoon: 4, done: 9 });
    const sum = dashboard.actions.byOrganisation.reduce((total, row) => total + row.total, 0);
    expect(sum).toBe(23 + 9 + 1);
    expect(Object.values(dashboard.recommendations.byStatus).reduce((a, b) => a + b, 0)).toBe(
      dashboard.recommendations.total,
    );
  });

  it("lists the overdue oldest first with the days late, and the next 90 days in date order", async () => {
    const dashboard = await getDashboard({ actor: await reader(), filters: {} });
    expect(dashboard.overdue.items[0]).toMatchObject({
      dueDate: "2023-02-28",
      daysLate: 34,
      state: "OVERDUE",
      organisationCode: "FIN",
    });
    const dates = dashboard.upcoming.items.map((item) => item.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date >= DEMO_TODAY && date <= "2023-07-02")).toBe(true);
  });

  it("gives the next parliamentary deadline, its countdown and readiness since the plan van aanpak", async () => {
    const { nextCommitment } = await getDashboard({ actor: await reader(), filters: {} });
    expect(nextCommitment).toMatchObject({
      dueDate: "2023-07-07",
      daysLeft: 95,
      since: { date: "2022-11-17", type: "PLAN_OF_ACTION" },
    });
    expect(nextCommitment!.originalWording).toContain("Voor de zomer van 2023");
    expect(nextCommitment!.readiness.ready + nextCommitment!.readiness.notReady.length).toBe(
      nextCommitment!.readiness.total,
    );
    expect(
      nextCommitment!.readiness.notReady.every(
        (action) => action.lastUpdateOn === null || action.lastUpdateOn <= "2022-11-17",
      ),
    ).toBe(true);
  });

  it("narrows every section to one organisation", async () => {
    const dashboard = await getDashboard({ actor: await reader(), filters: { organisationCode: "ADSB" } });
    expect(dashboard.filters.organisationCode).toBe("ADSB");
    expect(dashboard.actions.byOrganisation.map((row) => row.code)).toEqual(["ADSB"]);
    expect(
      dashboard.overdue.items
        .filter((item) => item.kind === "ACTION")
        .every((item) => item.organisationCode === "ADSB"),
    ).toBe(true);
    expect(dashboard.overdue.total).toBe(1);
    expect(dashboard.nextCommitment!.readiness.notReady.every((action) => action.organisationCode === "ADSB")).toBe(
      true,
    );
    expect(dashboard.risks.rows.every((row) => row.organisationCode === "ADSB")).toBe(true);
  });

  it("narrows to one evaluation: its recommendations and their actions only", async () => {
    const evaluations = await database.prisma.evaluation.findMany({ select: { id: true } });
    expect(evaluations.length).toBeGreaterThan(1);
    for (const { id } of evaluations) {
      const dashboard = await getDashboard({ actor: await reader(), filters: { evaluationId: id } });
      const actions = await database.prisma.actionItem.groupBy({
        by: ["status"],
        where: { recommendation: { evaluationId: id } },
        _count: { _all: true },
      });
      const count = (status: string) => actions.find((row) => row.status === status)?._count._all ?? 0;
      expect(dashboard.actions.tiles.open).toBe(count("NOT_STARTED") + count("IN_PROGRESS") + count("DELAYED"));
      expect(dashboard.actions.tiles.done).toBe(count("DONE"));
      expect(dashboard.recommendations.total).toBe(
        await database.prisma.recommendation.count({ where: { evaluationId: id } }),
      );
    }
  });

  it("treats an unknown organisation as all", async () => {
    const dashboard = await getDashboard({ actor: await reader(), filters: { organisationCode: "XYZ" } });
    expect(dashboard.filters.organisationCode).toBeUndefined();
    expect(dashboard.actions.tiles.open).toBe(23);
  });

  it("flags made actions by the rule that trips, as the pure rules do", async () => {
    const prisma = database.prisma;
    const anyAction = await prisma.actionItem.findFirstOrThrow({
      select: { recommendationId: true, ownerOrganisationId: true },
    });
    const base = { ...anyAction, description: "Test", status: "IN_PROGRESS" as const, isIllustrative: false };
    const behind = await prisma.actionItem.create({
      data: {
        ...base,
        title: "Test achter op schema",
        startDate: new Date("2023-01-01"),
        dueDate: new Date("2023-04-10"),
        percentDone: 10,
      },
    });
    const author = await prisma.user.findFirstOrThrow({ select: { id: true } });
    await prisma.progressUpdate.create({
      data: {
        actionItemId: behind.id,
        authorId: author.id,
        text: "x",
        statusBefore: "IN_PROGRESS",
        statusAfter: "IN_PROGRESS",
        percentDone: 10,
        occurredOn: new Date("2023-04-01"),
      },
    });
    const moved = await prisma.actionItem.create({
      data: {
        ...base,
        title: "Test twee keer verschoven",
        startDate: new Date("2023-03-20"),
        dueDate: new Date("2023-12-31"),
        percentDone: 60,
      },
    });
    for (const i of [1, 2]) {
      await prisma.deadlineChange.create({
        data: {
          actionItemId: moved.id,
          oldDueDate: new Date(`2023-0${i}-01`),
          newDueDate: new Date("2023-12-31"),
          reason: "x",
          status: "APPROVED",
          requestedById: author.id,
        },
      });
    }
    const { risks } = await getDashboard({ actor: await reader(), filters: {} });
    const byId = new Map(risks.rows.map((row) => [row.id, row.flags]));
    expect(byId.get(behind.id)).toEqual(["BEHIND_SCHEDULE"]);
    expect(risks.byRule.DEADLINE_MOVED).toBeGreaterThanOrEqual(1);
    // Every row the SQL selected trips at least one rule by the pure functions.
    expect(risks.rows.every((row) => row.flags.length > 0)).toBe(true);
    await prisma.deadlineChange.deleteMany({ where: { actionItemId: moved.id } });
    await prisma.progressUpdate.deleteMany({ where: { actionItemId: behind.id } }).catch(() => undefined);
  });
});

describe("the dashboard's cache", () => {
  const stamp = async () =>
    (await database.prisma.$queryRaw<{ stamp: string }[]>`SELECT "stamp" FROM "DashboardStamp" WHERE "id" = 1`)[0]
      ?.stamp;

  it("answers unchanged data with one statement and shows a change at the next view", async () => {
    const actor = await reader();
    clearDashboardCache();
    const first = await countStatements(database.url, () => getDashboard({ actor, filters: {} }));
    expect(first.statements).toBeGreaterThan(1);
    const again = await countStatements(database.url, () => getDashboard({ actor, filters: {} }));
    expect(again.statements).toBe(1);
    expect(again.result).toEqual(first.result);
    // Another choice of filters is computed for itself.
    const adsb = await countStatements(database.url, () =>
      getDashboard({ actor, filters: { organisationCode: "ADSB" } }),
    );
    expect(adsb.statements).toBeGreaterThan(1);
    expect(adsb.result.filters.organisationCode).toBe("ADSB");

    const action = await database.prisma.actionItem.findFirstOrThrow({
      where: { status: "NOT_STARTED", ownerOrganisation: { code: "BZ" } },
      select: { id: true },
    });
    const bzNotStarted = (dashboard: typeof first.result) =>
      dashboard.actions.byOrganisation.find((row) => row.code === "BZ")!.counts.NOT_STARTED;
    await database.prisma.actionItem.update({ where: { id: action.id }, data: { status: "IN_PROGRESS" } });
    try {
      const changed = await countStatements(database.url, () => getDashboard({ actor, filters: {} }));
      expect(changed.statements).toBeGreaterThan(1);
      expect(bzNotStarted(changed.result)).toBe(bzNotStarted(first.result) - 1);
    } finally {
      await database.prisma.actionItem.update({ where: { id: action.id }, data: { status: "NOT_STARTED" } });
    }
    expect(bzNotStarted(await getDashboard({ actor, filters: {} }))).toBe(bzNotStarted(first.result));
  });

  it("gets a new stamp from each transaction that commits a change, none from one rolled back", async () => {
    const before = await stamp();
    expect(before).toBeDefined();
    const recommendation = await database.prisma.recommendation.findFirstOrThrow({ select: { id: true, title: true } });
    await database.prisma.$transaction(async (tx) => {
      await tx.recommendation.update({ where: { id: recommendation.id }, data: { title: `${recommendation.title}.` } });
      // Within the transaction, before its commit, the stamp is still the old one.
      const inside = await tx.$queryRaw<{ stamp: string }[]>`SELECT "stamp" FROM "DashboardStamp" WHERE "id" = 1`;
      expect(inside[0]!.stamp).toBe(before);
      await tx.recommendation.update({ where: { id: recommendation.id }, data: { title: recommendation.title } });
    });
    const committed = await stamp();
    expect(committed).not.toBe(before);
    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.recommendation.update({ where: { id: recommendation.id }, data: { title: "Teruggedraaid" } });
        throw new Error("terugdraaien");
      }),
    ).rejects.toThrow("terugdraaien");
    expect(await stamp()).toBe(committed);
  });

  it("is renewed by every table the dashboard reads", async () => {
    // The tables named in the dashboard's SQL, and those it reads through Prisma's models.
    const folder = import.meta.dirname;
    const source = readdirSync(folder)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .map((file) => readFileSync(path.join(folder, file), "utf8"))
      .join("\n");
    const read = new Set([...source.matchAll(/(?:FROM|JOIN) "(\w+)"/g)].map((match) => match[1]!));
    for (const model of source.matchAll(/client\.(\w+)\.findMany/g))
      read.add(model[1]![0]!.toUpperCase() + model[1]!.slice(1));
    // The tally is written by ActionItem's own triggers, in the same transaction; the stamp is the key itself.
    read.delete("ActionItemTally");
    read.delete("DashboardStamp");
    expect(read.size).toBeGreaterThanOrEqual(8);
    const rows = await database.prisma.$queryRaw<{ table: string }[]>`
      SELECT c.relname AS "table" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE t.tgname = 'dashboard_stamp' AND t.tgdeferrable AND t.tgenabled = 'A'`;
    const renewing = new Set(rows.map((row) => row.table));
    expect([...read].filter((table) => !renewing.has(table)).sort()).toEqual([]);
  });
});
