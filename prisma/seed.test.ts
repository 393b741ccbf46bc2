import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../test/test-database.ts";
import { seedDatabase } from "./seed.ts";
import { createPrismaClient } from "../lib/db-client.ts";
import { createDatabase, dropDatabase } from "../scripts/lib/admin-database.ts";
import { withDatabase } from "../scripts/lib/database-url.ts";
import { uniqueDatabaseName } from "../test/test-postgres.ts";
import { inject } from "vitest";
import type { PrismaClient } from "../lib/db-client.ts";
import * as data from "./seed-data.ts";

const database = setUpTestDatabase();

/** A migrated, empty database of its own, for a test that needs a particular starting state. */
async function withFreshDatabase(work: (prisma: PrismaClient) => Promise<void>) {
  const url = withDatabase(inject("testServerUrl"), uniqueDatabaseName("opvolging_seed"));
  await createDatabase(url, { template: inject("templateDatabase") });
  const prisma = createPrismaClient(url);
  try {
    await work(prisma);
  } finally {
    await prisma.$disconnect();
    await dropDatabase(url);
  }
}

async function rowCounts(prisma: PrismaClient) {
  return {
    documents: await prisma.parliamentaryDocument.count(),
    evaluations: await prisma.evaluation.count(),
    commitments: await prisma.commitment.count(),
    organisations: await prisma.organisation.count(),
    indicators: await prisma.indicator.count(),
    indicatorValues: await prisma.indicatorValue.count(),
    users: await prisma.user.count(),
    recommendations: await prisma.recommendation.count(),
    actionItems: await prisma.actionItem.count(),
    progressUpdates: await prisma.progressUpdate.count(),
    demoMarkers: await prisma.demoMarker.count(),
  };
}

describe("seed", () => {
  it("loads the case: organisations, the evaluation, the Kamerstukken, the commitment and the key figures", async () => {
    const result = await seedDatabase(database.prisma, { demo: true });
    expect(result.created).toBe(true);
    const prisma = database.prisma;

    expect((await prisma.organisation.findMany({ orderBy: { code: "asc" } })).map((o) => o.code)).toEqual([
      "ADSB",
      "BZ",
      "FIN",
    ]);

    const evaluation = await prisma.evaluation.findUniqueOrThrow({
      where: { seedKey: data.evaluation.seedKey },
      include: { document: true },
    });
    expect(evaluation.evaluator).toBe("Partner in Compliance");
    expect(evaluation.sentToParliamentOn?.toISOString().slice(0, 10)).toBe("2022-07-08");
    expect(evaluation.source).toMatch(/36 360 IX, nr\. 1/);

    const plan = await prisma.parliamentaryDocument.findFirstOrThrow({ where: { dossier: "36 200 IX", number: "11" } });
    expect(plan.date.toISOString().slice(0, 10)).toBe("2022-11-17");
    expect(plan.type).toBe("PLAN_OF_ACTION");

    const letterCommitment = await prisma.commitment.findFirstOrThrow({
      where: { title: "Kamerbrief over de implementatie van de aanbevelingen, voor de zomer van 2023" },
      include: { recommendations: true },
    });
    expect(letterCommitment.status).toBe("OPEN");
    expect(letterCommitment.originalWording).toMatch(/Voor de zomer van 2023/);
    expect(letterCommitment.recommendations).toHaveLength(8);
    const planCommitment = await prisma.commitment.findFirstOrThrow({
      where: { originalWording: "voor het einde van het jaar" },
    });
    expect(planCommitment.status).toBe("FULFILLED");
    expect(planCommitment.fulfilledByDocumentId).toBe(plan.id);

    const clients = await prisma.indicator.findUniqueOrThrow({
      where: { key: "nieuwe-klanten-adsb" },
      include: { values: { orderBy: { year: "asc" } } },
    });
    expect(clients.values.map((v) => [v.year, Number(v.value)])).toEqual([
      [2018, 29],
      [2019, 39],
      [2020, 45],
      [2021, 38],
      [2022, 45],
    ]);
    const outstanding = await prisma.indicatorValue.findFirstOrThrow({
      where: { indicator: { key: "uitstaande-verplichtingen" } },
    });
    expect([outstanding.year, Number(outstanding.value)]).toEqual([2022, 18.8]);
  });

  it("loads the second evaluation, the OECD Working Group on Bribery's Phase 4 evaluation, with its facts and sources", async () => {
    const prisma = database.prisma;
    expect(await prisma.evaluation.count()).toBe(2);
    const oecd = await prisma.evaluation.findUniqueOrThrow({ where: { seedKey: data.oecdEvaluation.seedKey } });
    expect(oecd).toMatchObject({
      evaluator: "OESO-werkgroep omkoping (Working Group on Bribery)",
      sentToParliamentOn: null,
      documentId: null,
    });
    expect(oecd.reportDate?.toISOString().slice(0, 10)).toBe("2020-11-05");
    expect(oecd.source).toMatch(/29 911, nr\. 382/);
    expect(oecd.periodEvaluated).toMatch(/aansprakelijkheid van rechtspersonen/);

    const progress = await prisma.parliamentaryDocument.findUniqueOrThrow({
      where: { dossier_number: { dossier: "29 911", number: "354" } },
    });
    expect([progress.date.toISOString().slice(0, 10), progress.title, progress.type]).toEqual([
      "2022-06-17",
      "Voortgang opvolging aanbevelingen OESO Anti-corruptiewerkgroep",
      "LETTER",
    ]);
    expect(progress.source).toMatch(/minister van Justitie en Veiligheid, mede namens/);
    const followUp = await prisma.parliamentaryDocument.findUniqueOrThrow({
      where: { dossier_number: { dossier: "29 911", number: "382" } },
    });
    expect(followUp.date.toISOString().slice(0, 10)).toBe("2022-11-30");
    expect(followUp.source).toBe("officielebekendmakingen.nl, kst-29911-382");
  });

  it("gives the second evaluation 3–4 illustrative recommendations with 2–3 actions each, not linked to the ekv letter", async () => {
    const prisma = database.prisma;
    const recommendations = await prisma.recommendation.findMany({
      where: { evaluation: { seedKey: data.oecdEvaluation.seedKey } },
      include: { actionItems: { include: { ownerOrganisation: true, progressUpdates: true } }, commitments: true },
      orderBy: { number: "asc" },
    });
    expect(recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(recommendations.every((r) => r.isIllustrative && r.commitments.length === 0)).toBe(true);
    for (const recommendation of recommendations) {
      expect(recommendation.actionItems.length).toBeGreaterThanOrEqual(2);
      expect(recommendation.actionItems.length).toBeLessThanOrEqual(3);
    }
    const actions = recommendations.flatMap((r) => r.actionItems);
    expect(actions.every((a) => a.isIllustrative && a.contactUserId !== null)).toBe(true);
    expect(new Set(actions.map((a) => a.ownerOrganisation.code))).toEqual(new Set(["FIN", "BZ", "ADSB"]));
    expect(actions.flatMap((a) => a.progressUpdates).length).toBeGreaterThanOrEqual(5);
    // The demo's "today" finds some of them overdue: the list's "te laat" has something to show.
    expect(actions.some((a) => a.status !== "DONE" && a.dueDate.toISOString().slice(0, 10) < data.DEMO_TODAY)).toBe(
      true,
    );
  });

  it("flags every invented record as illustrative and spreads actions over FIN, BZ and ADSB", async () => {
    const prisma = database.prisma;
    const recommendations = await prisma.recommendation.findMany();
    expect(recommendations).toHaveLength(
      data.illustrativeRecommendations.length + data.illustrativeOecdRecommendations.length,
    );
    expect(await prisma.recommendation.count({ where: { evaluation: { seedKey: data.evaluation.seedKey } } })).toBe(8);
    expect(recommendations.every((r) => r.isIllustrative)).toBe(true);

    const actions = await prisma.actionItem.findMany({ include: { ownerOrganisation: true } });
    expect(actions.length).toBeGreaterThanOrEqual(30);
    expect(actions.length).toBeLessThanOrEqual(40);
    expect(actions.every((a) => a.isIllustrative)).toBe(true);
    expect(new Set(actions.map((a) => a.ownerOrganisation.code))).toEqual(new Set(["FIN", "BZ", "ADSB"]));
    expect(new Set(actions.map((a) => a.status))).toEqual(
      new Set(["NOT_STARTED", "IN_PROGRESS", "DELAYED", "DONE", "CANCELLED"]),
    );
    expect(actions.filter((a) => a.status === "CANCELLED").every((a) => a.cancelReason)).toBe(true);
    expect(await prisma.progressUpdate.count({ where: { isIllustrative: false } })).toBe(0);
  });

  it("creates the demo accounts: a coordinator, a contributor per organisation, a reader and an administrator", async () => {
    const users = await database.prisma.user.findMany({ include: { organisation: true } });
    const roles = users.map((u) => `${u.role}:${u.organisation.code}`).sort();
    expect(roles).toEqual([
      "ADMIN:FIN",
      "CONTRIBUTOR:ADSB",
      "CONTRIBUTOR:BZ",
      "CONTRIBUTOR:FIN",
      "COORDINATOR:FIN",
      "READER:BZ",
    ]);
    expect(users.every((u) => u.passwordHash?.startsWith("scrypt$"))).toBe(true);
  });

  it("is idempotent and never overwrites a user's changes", async () => {
    const prisma = database.prisma;
    const action = await prisma.actionItem.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    await prisma.actionItem.update({ where: { id: action.id }, data: { title: "Door een gebruiker gewijzigd" } });
    const before = await seedDatabase(prisma, { demo: true });
    const again = await seedDatabase(prisma, { demo: true });
    expect(before.created).toBe(false);
    expect(again.counts).toEqual(before.counts);
    expect((await prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).title).toBe(
      "Door een gebruiker gewijzigd",
    );
  });

  it("matches facts on their seed key: renamed in the app, they are neither duplicated nor reset", async () => {
    const prisma = database.prisma;
    // What a coordinator does in the app: correct a title, move a document's date.
    await prisma.evaluation.update({
      where: { seedKey: data.evaluation.seedKey },
      data: { title: "Evaluatie anti-omkoping ekv (hernoemd)", version: { increment: 1 } },
    });
    await prisma.evaluation.update({
      where: { seedKey: data.oecdEvaluation.seedKey },
      data: { title: "OESO fase 4 (hernoemd)", version: { increment: 1 } },
    });
    await prisma.commitment.update({
      where: { seedKey: data.commitments.implementationLetter.seedKey },
      data: { title: "Voortgangsbrief anti-omkoping (hernoemd)", version: { increment: 1 } },
    });
    await prisma.parliamentaryDocument.update({
      where: { seedKey: data.documents.policyLetter2019.seedKey },
      data: {
        title: "Beleidsbrief 2019 (hernoemd)",
        date: new Date("2019-04-18T00:00:00Z"),
        version: { increment: 1 },
      },
    });
    const before = await rowCounts(prisma);

    const result = await seedDatabase(prisma, { demo: true });

    expect(result.created).toBe(false);
    expect(await rowCounts(prisma)).toEqual(before);
    expect(await prisma.evaluation.count({ where: { title: data.evaluation.title } })).toBe(0);
    expect(await prisma.evaluation.count({ where: { title: data.oecdEvaluation.title } })).toBe(0);
    expect(await prisma.commitment.count({ where: { title: data.commitments.implementationLetter.title } })).toBe(0);
    expect(await prisma.parliamentaryDocument.count({ where: { title: data.documents.policyLetter2019.title } })).toBe(
      0,
    );
    expect((await prisma.evaluation.findUniqueOrThrow({ where: { seedKey: data.evaluation.seedKey } })).title).toBe(
      "Evaluatie anti-omkoping ekv (hernoemd)",
    );
    expect(
      (await prisma.commitment.findUniqueOrThrow({ where: { seedKey: data.commitments.implementationLetter.seedKey } }))
        .title,
    ).toBe("Voortgangsbrief anti-omkoping (hernoemd)");
    const document = await prisma.parliamentaryDocument.findUniqueOrThrow({
      where: { seedKey: data.documents.policyLetter2019.seedKey },
    });
    expect([document.title, document.date.toISOString().slice(0, 10)]).toEqual([
      "Beleidsbrief 2019 (hernoemd)",
      "2019-04-18",
    ]);
  });

  it("adds no demo accounts or illustrative work without `demo`", async () => {
    await withFreshDatabase(async (prisma) => {
      const result = await seedDatabase(prisma, { demo: false });
      expect(result.created).toBe(false);
      expect(result.counts).toMatchObject({
        organisations: 3,
        users: 0,
        evaluations: 2,
        recommendations: 0,
        actionItems: 0,
        commitments: 2,
        documents: 6,
      });
      expect(await prisma.demoMarker.count()).toBe(0);
    });
  });

  it("adds no demo data to a database that holds its own recommendations but no demo marker", async () => {
    await withFreshDatabase(async (prisma) => {
      await seedDatabase(prisma, { demo: false });
      const evaluation = await prisma.evaluation.findUniqueOrThrow({ where: { seedKey: data.evaluation.seedKey } });
      const fin = await prisma.organisation.findUniqueOrThrow({ where: { code: "FIN" } });
      await prisma.recommendation.create({
        data: {
          evaluationId: evaluation.id,
          number: 1,
          title: "Echte aanbeveling",
          text: "Door de gebruiker ingevoerd.",
          theme: "Beleid",
          cabinetResponse: "ADOPTED",
          leadOrganisationId: fin.id,
        },
      });
      const before = await rowCounts(prisma);

      const result = await seedDatabase(prisma, { demo: true });

      expect(result.created).toBe(false);
      expect(await rowCounts(prisma)).toEqual(before);
      expect(before).toMatchObject({ users: 0, recommendations: 1, demoMarkers: 0 });
    });
  });

  it("adds the demo data once: a database with the demo marker gets none a second time, even with its recommendations gone", async () => {
    await withFreshDatabase(async (prisma) => {
      const first = await seedDatabase(prisma, { demo: true });
      expect(first.created).toBe(true);
      expect(await prisma.demoMarker.count()).toBe(1);
      const afterFirst = await rowCounts(prisma);
      expect((await seedDatabase(prisma, { demo: true })).created).toBe(false);
      expect(await rowCounts(prisma)).toEqual(afterFirst);
    });

    // The marker alone decides: a demo database whose recommendations have all been
    // removed is still a demo that was seeded, not an empty database to fill again.
    await withFreshDatabase(async (prisma) => {
      await seedDatabase(prisma, { demo: false });
      await prisma.demoMarker.create({ data: {} });
      const result = await seedDatabase(prisma, { demo: true });
      expect(result.created).toBe(false);
      expect(result.counts).toMatchObject({ users: 0, recommendations: 0, actionItems: 0 });
    });
  });
});
