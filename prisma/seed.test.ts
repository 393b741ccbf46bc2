import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../test/test-database.ts";
import { seedDatabase } from "./seed.ts";
import { createPrismaClient } from "../lib/db-client.ts";
import { createDatabase, dropDatabase } from "../scripts/lib/admin-database.ts";
import { withDatabase } from "../scripts/lib/database-url.ts";
import { uniqueDatabaseName } from "../test/test-postgres.ts";
import { inject } from "vitest";

const database = setUpTestDatabase();

describe("seed", () => {
  it("loads the case: organisations, the evaluation, the Kamerstukken, the commitment and the key figures", async () => {
    const result = await seedDatabase(database.prisma, { demo: true });
    expect(result.created).toBe(true);
    const prisma = database.prisma;

    expect((await prisma.organisation.findMany({ orderBy: { code: "asc" } })).map((o) => o.code)).toEqual(["ADSB", "BZ", "FIN"]);

    const evaluation = await prisma.evaluation.findFirstOrThrow({ include: { document: true } });
    expect(evaluation.evaluator).toBe("Partner in Compliance");
    expect(evaluation.sentToParliamentOn.toISOString().slice(0, 10)).toBe("2022-07-08");
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
    const planCommitment = await prisma.commitment.findFirstOrThrow({ where: { originalWording: "voor het einde van het jaar" } });
    expect(planCommitment.status).toBe("FULFILLED");
    expect(planCommitment.fulfilledByDocumentId).toBe(plan.id);

    const clients = await prisma.indicator.findUniqueOrThrow({
      where: { key: "nieuwe-klanten-adsb" },
      include: { values: { orderBy: { year: "asc" } } },
    });
    expect(clients.values.map((v) => [v.year, Number(v.value)])).toEqual([[2018, 29], [2019, 39], [2020, 45], [2021, 38], [2022, 45]]);
    const outstanding = await prisma.indicatorValue.findFirstOrThrow({ where: { indicator: { key: "uitstaande-verplichtingen" } } });
    expect([outstanding.year, Number(outstanding.value)]).toEqual([2022, 18.8]);
  });

  it("flags every invented record as illustrative and spreads actions over FIN, BZ and ADSB", async () => {
    const prisma = database.prisma;
    const recommendations = await prisma.recommendation.findMany();
    expect(recommendations.length).toBeGreaterThanOrEqual(6);
    expect(recommendations.length).toBeLessThanOrEqual(8);
    expect(recommendations.every((r) => r.isIllustrative)).toBe(true);

    const actions = await prisma.actionItem.findMany({ include: { ownerOrganisation: true } });
    expect(actions.length).toBeGreaterThanOrEqual(20);
    expect(actions.length).toBeLessThanOrEqual(30);
    expect(actions.every((a) => a.isIllustrative)).toBe(true);
    expect(new Set(actions.map((a) => a.ownerOrganisation.code))).toEqual(new Set(["FIN", "BZ", "ADSB"]));
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(["NOT_STARTED", "IN_PROGRESS", "DELAYED", "DONE", "CANCELLED"]));
    expect(actions.filter((a) => a.status === "CANCELLED").every((a) => a.cancelReason)).toBe(true);
    expect(await prisma.progressUpdate.count({ where: { isIllustrative: false } })).toBe(0);
  });

  it("creates the demo accounts: a coordinator, a contributor per organisation, a reader and an administrator", async () => {
    const users = await database.prisma.user.findMany({ include: { organisation: true } });
    const roles = users.map((u) => `${u.role}:${u.organisation.code}`).sort();
    expect(roles).toEqual(["ADMIN:FIN", "CONTRIBUTOR:ADSB", "CONTRIBUTOR:BZ", "CONTRIBUTOR:FIN", "COORDINATOR:FIN", "READER:BZ"]);
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
    expect((await prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).title).toBe("Door een gebruiker gewijzigd");
  });

  it("adds no demo accounts or illustrative work without `demo`", async () => {
    const url = withDatabase(inject("testServerUrl"), uniqueDatabaseName("opvolging_facts"));
    await createDatabase(url, { template: inject("templateDatabase") });
    const prisma = createPrismaClient(url);
    try {
      const result = await seedDatabase(prisma, { demo: false });
      expect(result.counts).toMatchObject({ organisations: 3, users: 0, recommendations: 0, actionItems: 0, commitments: 2, documents: 4 });
    } finally {
      await prisma.$disconnect();
      await dropDatabase(url);
    }
  });
});
