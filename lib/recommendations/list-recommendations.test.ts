// The recommendations overview against PostgreSQL: grouped by evaluation, progress and the
// open / overdue counts per recommendation on the demo's "today", the override, who may
// read it, and a statement count that does not grow with the number of actions.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { countStatements } from "@/test/count-statements";
import { listRecommendations, type EvaluationGroup } from "./list-recommendations";
import { DEMO_TODAY, evaluation as ekvEvaluation, oecdEvaluation } from "@/prisma/seed-data";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";

const database = setUpSeededDatabase();

beforeEach(() => {
  vi.stubEnv("APP_TODAY", DEMO_TODAY);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const reader = () => actorFor(database, "lezer@bz.demo.opvolging.nl");

async function groupOf(seedKey: string): Promise<EvaluationGroup> {
  const evaluation = await database.prisma.evaluation.findUniqueOrThrow({ where: { seedKey } });
  return (await listRecommendations({ actor: await reader() })).find((group) => group.evaluation.id === evaluation.id)!;
}

/** A recommendation of its own in a fresh evaluation, with actions of these statuses and due dates. */
async function recommendationWith(actions: { status: ActionStatus; due: string }[]) {
  const prisma = database.prisma;
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } });
  const evaluation = await prisma.evaluation.create({
    data: { title: `Test ${crypto.randomUUID()}`, periodEvaluated: "Test", evaluator: "Test", source: "Test" },
  });
  const recommendation = await prisma.recommendation.create({
    data: {
      evaluationId: evaluation.id,
      number: 1,
      title: "Test",
      text: "Test",
      theme: "Test",
      cabinetResponse: "ADOPTED",
      leadOrganisationId: organisation.id,
    },
  });
  await prisma.actionItem.createMany({
    data: actions.map((action, index) => ({
      recommendationId: recommendation.id,
      title: `Actie ${index}`,
      description: "Test",
      ownerOrganisationId: organisation.id,
      status: action.status,
      dueDate: new Date(`${action.due}T00:00:00Z`),
    })),
  });
  return recommendation;
}

async function itemFor(recommendationId: string) {
  const groups = await listRecommendations({ actor: await reader() });
  return groups.flatMap((group) => group.recommendations).find((item) => item.id === recommendationId)!;
}

describe("listRecommendations", () => {
  it("groups the recommendations by evaluation, the most recent evaluation first, each in number order", async () => {
    const groups = await listRecommendations({ actor: await reader() });
    expect(groups.map((group) => group.evaluation.evaluator)).toEqual([
      "Partner in Compliance",
      "OESO-werkgroep omkoping (Working Group on Bribery)",
    ]);
    expect(groups[0]!.evaluation).toMatchObject({
      title: ekvEvaluation.title,
      sentToParliamentOn: "2022-07-08",
      reportDate: null,
    });
    expect(groups[1]!.evaluation).toMatchObject({
      title: oecdEvaluation.title,
      reportDate: "2020-11-05",
      sentToParliamentOn: null,
    });
    expect(groups[0]!.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(groups[1]!.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(groups[0]!.recommendations[0]).toMatchObject({
      leadOrganisation: { code: "FIN" },
      isIllustrative: true,
      status: "IN_PROGRESS",
      oecdGrade: "PARTIALLY",
    });
  });

  it("counts progress, open and overdue actions per recommendation on the demo's today", async () => {
    const ekv = await groupOf(ekvEvaluation.seedKey);
    const byNumber = (group: EvaluationGroup, number: number) =>
      group.recommendations.find((r) => r.number === number)!;
    // 2: done, in progress (due 31 May), delayed (due 15 March: overdue)
    expect(byNumber(ekv, 2)).toMatchObject({
      status: "DELAYED",
      progress: { counting: 3, done: 1, percent: 33, open: 2, overdue: 1 },
    });
    // 5: the cancelled action counts for nothing; the one due 31 March is overdue
    expect(byNumber(ekv, 5).progress).toEqual({ counting: 2, done: 0, percent: 0, open: 2, overdue: 1 });
    // 8: one of two done, nothing overdue
    expect(byNumber(ekv, 8).progress).toEqual({ counting: 2, done: 1, percent: 50, open: 1, overdue: 0 });

    const oecd = await groupOf(oecdEvaluation.seedKey);
    expect(byNumber(oecd, 2)).toMatchObject({
      status: "DELAYED",
      oecdGrade: "PARTIALLY",
      progress: { counting: 2, done: 1, percent: 50, open: 1, overdue: 1 },
    });
    expect(byNumber(oecd, 3).progress).toEqual({ counting: 3, done: 2, percent: 67, open: 1, overdue: 0 });
  });

  it("counts as overdue only an open action whose deadline lies before today", async () => {
    const recommendation = await recommendationWith([
      { status: "DONE", due: "2020-01-01" },
      { status: "CANCELLED", due: "2020-01-01" },
      { status: "IN_PROGRESS", due: DEMO_TODAY },
      { status: "NOT_STARTED", due: "2023-04-02" },
      { status: "DELAYED", due: "2023-01-15" },
    ]);
    expect((await itemFor(recommendation.id)).progress).toEqual({
      counting: 4,
      done: 1,
      percent: 25,
      open: 3,
      overdue: 2,
    });
  });

  it("shows a recommendation without actions as not started with nothing to count", async () => {
    const recommendation = await recommendationWith([]);
    expect(await itemFor(recommendation.id)).toMatchObject({
      status: "NOT_STARTED",
      oecdGrade: "NOT",
      progress: { counting: 0, done: 0, percent: 0, open: 0, overdue: 0 },
    });
  });

  it("lists an evaluation that has no recommendations yet", async () => {
    const evaluation = await database.prisma.evaluation.create({
      data: { title: "Nieuw geregistreerd", periodEvaluated: "2024", evaluator: "Iemand", source: "Test" },
    });
    const groups = await listRecommendations({ actor: await reader() });
    expect(groups.find((group) => group.evaluation.id === evaluation.id)).toMatchObject({ recommendations: [] });
  });

  it("honours a coordinator's override", async () => {
    const recommendation = await recommendationWith([{ status: "NOT_STARTED", due: "2023-12-31" }]);
    await database.prisma.recommendation.update({
      where: { id: recommendation.id },
      data: { statusOverride: "IMPLEMENTED", statusOverrideReason: "Werkafspraak volstaat" },
    });
    expect(await itemFor(recommendation.id)).toMatchObject({
      status: "IMPLEMENTED",
      statusOverridden: true,
      oecdGrade: "FULLY",
    });
  });

  it("is readable by every role of every organisation", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "recommendations:read",
      prepare: async () => undefined,
      run: (actor) => listRecommendations({ actor }),
    });
    expect(actual).toEqual(expected);
    expect(Object.values(actual).every((outcome) => outcome === "allowed")).toBe(true);
  });

  it("sends the same number of SQL statements with 300 more actions", async () => {
    const actor = await reader();
    const before = await countStatements(database.url, () => listRecommendations({ actor }));
    const recommendations = await database.prisma.recommendation.findMany({
      select: { id: true, leadOrganisationId: true },
    });
    await database.prisma.actionItem.createMany({
      data: Array.from({ length: 300 }, (_, index) => {
        const recommendation = recommendations[index % recommendations.length]!;
        return {
          recommendationId: recommendation.id,
          title: `Extra ${index}`,
          description: "Extra",
          ownerOrganisationId: recommendation.leadOrganisationId,
          dueDate: new Date("2023-01-01"),
        };
      }),
    });
    const after = await countStatements(database.url, () => listRecommendations({ actor }));
    expect(after.statements).toBe(before.statements);
    expect(before.statements).toBeLessThanOrEqual(4);
  });
});
