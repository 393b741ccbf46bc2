// One recommendation as its page shows it, against PostgreSQL: details, the derived status
// with its sentence, the override with who and when, the actions with their deadline state,
// the commitments, the history, and a statement count that does not grow with the data.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { countStatements } from "@/test/count-statements";
import { getRecommendation, RECOMMENDATION_ACTIONS_PAGE_SIZE } from "./get-recommendation";
import { overrideRecommendationStatus } from "./override-recommendation-status";
import { updateRecommendation } from "./update-recommendation";
import { createRecommendation } from "./create-recommendation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DEMO_TODAY, commitments, evaluation as ekvEvaluation, oecdEvaluation } from "@/prisma/seed-data";
import { createTestRecommendation } from "@/test/factories";

const database = setUpSeededDatabase();

beforeEach(() => {
  vi.stubEnv("APP_TODAY", DEMO_TODAY);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const reader = () => actorFor(database, "lezer@bz.demo.opvolging.nl");
const coordinator = () => actorFor(database, "coordinator@fin.demo.opvolging.nl");

async function seeded(seedKey: string, number: number) {
  return database.prisma.recommendation.findFirstOrThrow({ where: { number, evaluation: { seedKey } } });
}

describe("getRecommendation", () => {
  it("gives the details, the derived status with its rule, the actions by deadline and the linked commitments", async () => {
    const second = await seeded(ekvEvaluation.seedKey, 2);
    const detail = (await getRecommendation({ actor: await reader(), id: second.id }))!;
    expect(detail).toMatchObject({
      number: 2,
      title: "Standaardiseer de procedures voor de toetsing op omkopingsrisico's",
      theme: "Procedures",
      cabinetResponse: "ADOPTED",
      isIllustrative: true,
      leadOrganisation: { code: "ADSB" },
      evaluation: { title: ekvEvaluation.title, evaluator: "Partner in Compliance", sentToParliamentOn: "2022-07-08" },
      status: "DELAYED",
      oecdGrade: "PARTIALLY",
      override: null,
      may: { manage: false },
    });
    expect(detail.derived.sentence).toBe(
      "Afgeleid uit de acties: 1 van de 3 acties is vertraagd en 1 is afgerond, dus ‘Vertraagd’ (OESO: gedeeltelijk geïmplementeerd).",
    );
    expect(
      detail.actions.items.map((action) => [
        action.dueDate,
        action.status,
        action.deadlineState,
        action.organisation.code,
      ]),
    ).toEqual([
      ["2023-02-28", "DONE", "DONE", "ADSB"],
      ["2023-03-15", "DELAYED", "OVERDUE", "FIN"],
      ["2023-05-31", "IN_PROGRESS", "ON_TRACK", "ADSB"],
    ]);
    expect(detail.commitments).toEqual([
      expect.objectContaining({
        title: commitments.implementationLetter.title,
        originalWording: commitments.implementationLetter.originalWording,
        dueDate: "2023-07-07",
        status: "OPEN",
      }),
    ]);
    expect(detail.history).toEqual({ entries: [], more: false });
  });

  it("marks a deadline within 30 days, and links no commitment to the OECD's recommendations", async () => {
    const fourth = await seeded(oecdEvaluation.seedKey, 4);
    const detail = (await getRecommendation({ actor: await reader(), id: fourth.id }))!;
    expect(detail.evaluation).toMatchObject({ reportDate: "2020-11-05", sentToParliamentOn: null });
    expect(detail.actions.items.map((action) => action.deadlineState)).toEqual(["SOON", "ON_TRACK"]);
    expect(detail.commitments).toEqual([]);
  });

  it("shows the override with its reason, who set it and when, beside what the actions give", async () => {
    const recommendation = await createTestRecommendation(database.prisma, { title: "Eigen aanbeveling" });
    const actor = await coordinator();
    await overrideRecommendationStatus({
      actor,
      input: {
        recommendationId: recommendation.id,
        version: 1,
        status: "IMPLEMENTED",
        reason: "Op een andere manier uitgevoerd.",
      },
    });
    const detail = (await getRecommendation({ actor, id: recommendation.id }))!;
    expect(detail).toMatchObject({
      status: "IMPLEMENTED",
      oecdGrade: "FULLY",
      override: {
        status: "IMPLEMENTED",
        oecdGrade: "FULLY",
        reason: "Op een andere manier uitgevoerd.",
        by: "Sanne de Vries",
        at: expect.any(Date),
      },
      derived: { status: "NOT_STARTED", sentence: expect.stringContaining("er zijn nog geen acties") },
      may: { manage: true },
      version: 2,
    });
  });

  it("gives the history newest first with the changed fields, refused attempts only to who may read the Logboek", async () => {
    const recommendation = await createTestRecommendation(database.prisma, { title: "Eigen aanbeveling" });
    const actor = await coordinator();
    await updateRecommendation({
      actor,
      input: {
        recommendationId: recommendation.id,
        version: 1,
        evaluationId: recommendation.evaluationId,
        number: 1,
        title: "Nieuwe titel",
        text: "Tekst",
        theme: "Thema",
        cabinetResponse: "PARTLY_ADOPTED",
        leadOrganisationId: recommendation.leadOrganisationId,
      },
    });
    await overrideRecommendationStatus({
      actor,
      input: { recommendationId: recommendation.id, version: 2, status: "DELAYED", reason: "Wacht op wetgeving." },
    });
    await recordAuditEvent(database.prisma, {
      actorId: actor.id,
      entityType: "Recommendation",
      entityId: recommendation.id,
      kind: "PERMISSION_REFUSED",
      after: {},
    });

    const detail = (await getRecommendation({ actor: await reader(), id: recommendation.id }))!;
    expect(detail.history.entries.map((entry) => entry.kind)).toEqual(["STATUS_OVERRIDDEN", "UPDATE"]);
    expect(detail.history.entries[0]).toMatchObject({
      who: "Sanne de Vries",
      changes: [
        { field: "statusOverride", before: null, after: "DELAYED" },
        { field: "statusOverrideReason", before: null, after: "Wacht op wetgeving." },
      ],
    });
    expect(detail.history.entries[1]!.changes).toEqual([
      { field: "title", before: "Eigen aanbeveling", after: "Nieuwe titel" },
      { field: "cabinetResponse", before: "ADOPTED", after: "PARTLY_ADOPTED" },
    ]);
    expect(detail.history.more).toBe(false);
    // The Coördinator, who may read the Logboek, sees the refused attempt too, as on an action's page.
    const forCoordinator = (await getRecommendation({ actor, id: recommendation.id }))!;
    expect(forCoordinator.history.entries.map((entry) => entry.kind)).toEqual([
      "PERMISSION_REFUSED",
      "STATUS_OVERRIDDEN",
      "UPDATE",
    ]);
  });

  it("lists the fields of a creation in the order of the form", async () => {
    const actor = await coordinator();
    const evaluation = await database.prisma.evaluation.findUniqueOrThrow({
      where: { seedKey: oecdEvaluation.seedKey },
    });
    const organisation = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "BZ" } });
    const { recommendationId } = await createRecommendation({
      actor,
      input: {
        evaluationId: evaluation.id,
        number: 90,
        title: "Titel",
        text: "Tekst",
        theme: "Thema",
        cabinetResponse: "ADOPTED",
        leadOrganisationId: organisation.id,
      },
    });
    const [created] = (await getRecommendation({ actor, id: recommendationId }))!.history.entries;
    expect(created!.kind).toBe("CREATE");
    expect(created!.changes.map((change) => change.field)).toEqual([
      "evaluation",
      "number",
      "title",
      "text",
      "theme",
      "cabinetResponse",
      "leadOrganisation",
    ]);
    expect(created!.changes[0]).toEqual({ field: "evaluation", after: oecdEvaluation.title });
  });

  it("pages the actions by 50", async () => {
    const recommendation = await createTestRecommendation(database.prisma, { title: "Eigen aanbeveling" });
    await database.prisma.actionItem.createMany({
      data: Array.from({ length: 120 }, (_, index) => ({
        recommendationId: recommendation.id,
        title: `Actie ${String(index).padStart(3, "0")}`,
        description: "Test",
        ownerOrganisationId: recommendation.leadOrganisationId,
        dueDate: new Date("2023-06-30T00:00:00Z"),
      })),
    });
    const actor = await reader();
    const third = (await getRecommendation({ actor, id: recommendation.id, actionsPage: 3 }))!;
    expect(third.actions).toMatchObject({ total: 120, page: 3, pageCount: 3 });
    expect(third.actions.items).toHaveLength(120 - 2 * RECOMMENDATION_ACTIONS_PAGE_SIZE);
    expect(third.actions.items[0]!.title).toBe("Actie 100");
    // A page past the end shows the last.
    expect((await getRecommendation({ actor, id: recommendation.id, actionsPage: 9 }))!.actions.page).toBe(3);
    expect(third.derived.sentence).toMatch(/geen van de 120 acties is gestart/);
  });

  it("is null for a recommendation that does not exist", async () => {
    expect(await getRecommendation({ actor: await reader(), id: "bestaat-niet" })).toBeNull();
  });

  it("sends the same number of SQL statements with 200 more actions and 80 more history events", async () => {
    const recommendation = await createTestRecommendation(database.prisma, { title: "Eigen aanbeveling" });
    const actor = await reader();
    const before = await countStatements(database.url, () => getRecommendation({ actor, id: recommendation.id }));
    await database.prisma.actionItem.createMany({
      data: Array.from({ length: 200 }, (_, index) => ({
        recommendationId: recommendation.id,
        title: `Actie ${index}`,
        description: "Test",
        ownerOrganisationId: recommendation.leadOrganisationId,
        dueDate: new Date("2023-06-30T00:00:00Z"),
      })),
    });
    const coordinatorActor = await coordinator();
    for (let index = 0; index < 80; index++) {
      await recordAuditEvent(database.prisma, {
        actorId: coordinatorActor.id,
        entityType: "Recommendation",
        entityId: recommendation.id,
        kind: "UPDATE",
        before: { theme: `${index}` },
        after: { theme: `${index + 1}` },
      });
    }
    const after = await countStatements(database.url, () => getRecommendation({ actor, id: recommendation.id }));
    expect(after.result!.history.entries).toHaveLength(50);
    expect(after.result!.history.more).toBe(true);
    expect(after.statements).toBe(before.statements);
  });
});
