// "Aanbeveling bewerken" against PostgreSQL: only a Coördinator, only changed fields in the
// UPDATE event, nothing written when nothing changed, the version check (two saves with one
// version: exactly one wins) and the number unique per evaluation.
import { describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { updateRecommendation } from "./update-recommendation";
import type { UpdateRecommendationInput } from "@/lib/validation/recommendation";
import { AppError } from "@/lib/errors";
import { createTestRecommendation } from "@/test/factories";

const database = setUpSeededDatabase();

type Recommendation = Awaited<ReturnType<typeof createTestRecommendation>>;

function inputFrom(
  recommendation: Recommendation,
  changes: Partial<UpdateRecommendationInput> = {},
): UpdateRecommendationInput {
  return {
    recommendationId: recommendation.id,
    version: recommendation.version,
    evaluationId: recommendation.evaluationId,
    number: recommendation.number,
    title: recommendation.title,
    text: recommendation.text,
    theme: recommendation.theme,
    cabinetResponse: recommendation.cabinetResponse,
    leadOrganisationId: recommendation.leadOrganisationId,
    ...changes,
  };
}

describe("updateRecommendation", () => {
  it("lets only a Coördinator edit a recommendation", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "recommendations:manage",
      prepare: () => createTestRecommendation(database.prisma, { title: "Oude titel", text: "Oude tekst" }),
      run: (actor, recommendation) =>
        updateRecommendation({ actor, input: inputFrom(recommendation, { title: "Nieuwe titel" }) }),
    });
    expect(actual).toEqual(expected);
    expect(actual["COORDINATOR van ADSB"]).toBe("allowed");
    expect(actual["CONTRIBUTOR van FIN"]).toBe("refused");
    expect(actual["ADMIN van FIN"]).toBe("refused");
  });

  it("writes the change, raises the version and records only the changed fields", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const recommendation = await createTestRecommendation(database.prisma, { title: "Oude titel", text: "Oude tekst" });
    const adsb = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } });
    const result = await updateRecommendation({
      actor,
      input: inputFrom(recommendation, {
        title: "Nieuwe titel",
        leadOrganisationId: adsb.id,
        cabinetResponse: "NOT_ADOPTED",
      }),
    });
    expect(result).toEqual({ recommendationId: recommendation.id, version: 2, changed: true });

    expect(await database.prisma.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).toMatchObject({
      title: "Nieuwe titel",
      leadOrganisationId: adsb.id,
      cabinetResponse: "NOT_ADOPTED",
      text: "Oude tekst",
      version: 2,
    });
    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "Recommendation", entityId: recommendation.id },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: "UPDATE", actorId: actor.id });
    expect(events[0]!.before).toEqual({ title: "Oude titel", cabinetResponse: "ADOPTED", leadOrganisation: "FIN" });
    expect(events[0]!.after).toEqual({
      title: "Nieuwe titel",
      cabinetResponse: "NOT_ADOPTED",
      leadOrganisation: "ADSB",
    });
  });

  it("writes nothing, not even an event, when nothing changed", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const recommendation = await createTestRecommendation(database.prisma, { title: "Oude titel", text: "Oude tekst" });
    expect(await updateRecommendation({ actor, input: inputFrom(recommendation) })).toEqual({
      recommendationId: recommendation.id,
      version: 1,
      changed: false,
    });
    expect(await database.prisma.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).toMatchObject({
      version: 1,
    });
    expect(await database.prisma.auditEvent.count({ where: { entityId: recommendation.id } })).toBe(0);
  });

  it("lets exactly one of two saves with the same version win; the other learns who changed what", async () => {
    const first = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const second = await secondCoordinator();
    const recommendation = await createTestRecommendation(database.prisma, { title: "Oude titel", text: "Oude tekst" });
    const results = await Promise.allSettled([
      updateRecommendation({ actor: first, input: inputFrom(recommendation, { title: "Titel van de eerste" }) }),
      updateRecommendation({ actor: second, input: inputFrom(recommendation, { theme: "Thema van de tweede" }) }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(rejected!.reason).toBeInstanceOf(AppError);
    expect(rejected!.reason.code).toBe("CONFLICT");
    expect(rejected!.reason.message).toMatch(/^Gewijzigd door .+ om \d{2}:\d{2}\.$/);
    expect(rejected!.reason.details.conflict.changes.length).toBe(1);
    expect(await database.prisma.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).toMatchObject({
      version: 2,
    });
    expect(await database.prisma.auditEvent.count({ where: { entityId: recommendation.id } })).toBe(1);
  });

  it("refuses a stale version with the colleague's change, and changes nothing", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const recommendation = await createTestRecommendation(database.prisma, { title: "Oude titel", text: "Oude tekst" });
    await updateRecommendation({ actor, input: inputFrom(recommendation, { title: "Eerst" }) });
    await expect(
      updateRecommendation({ actor, input: inputFrom(recommendation, { title: "Daarna" }) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: {
        conflict: { changedBy: "Sanne de Vries", changes: [{ field: "title", before: "Oude titel", after: "Eerst" }] },
      },
    });
    expect(await database.prisma.recommendation.findUniqueOrThrow({ where: { id: recommendation.id } })).toMatchObject({
      title: "Eerst",
      version: 2,
    });
  });

  it("refuses a number another recommendation of the evaluation has", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const recommendation = await createTestRecommendation(database.prisma, {
      number: 1,
      title: "Oude titel",
      text: "Oude tekst",
    });
    await database.prisma.recommendation.create({
      data: {
        evaluationId: recommendation.evaluationId,
        number: 2,
        title: "Twee",
        text: "T",
        theme: "T",
        cabinetResponse: "ADOPTED",
        leadOrganisationId: recommendation.leadOrganisationId,
      },
    });
    await expect(
      updateRecommendation({ actor, input: inputFrom(recommendation, { number: 2 }) }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldError: { field: "number", message: "Nummer 2 bestaat al bij deze evaluatie. Kies een ander nummer." },
      },
    });
    // Moving it to another evaluation where number 1 is free works, and is recorded by title.
    const other = await database.prisma.evaluation.create({
      data: { title: "Andere evaluatie", periodEvaluated: "2023", evaluator: "Test", source: "Test" },
    });
    await updateRecommendation({ actor, input: inputFrom(recommendation, { evaluationId: other.id }) });
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: recommendation.id, kind: "UPDATE" },
    });
    expect(event.after).toEqual({ evaluation: "Andere evaluatie" });
  });

  it("says that a recommendation that no longer exists cannot be edited", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const recommendation = await createTestRecommendation(database.prisma, { title: "Oude titel", text: "Oude tekst" });
    await expect(
      updateRecommendation({ actor, input: inputFrom(recommendation, { recommendationId: "weg" }) }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Deze aanbeveling bestaat niet (meer). Er is niets gewijzigd.",
    });
  });
});

/** A second coordinator (of BZ), so the conflict names someone else. */
async function secondCoordinator() {
  const prisma = database.prisma;
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { code: "BZ" } });
  const user = await prisma.user.upsert({
    where: { email: "tweede-coordinator@bz.test.opvolging.nl" },
    create: {
      email: "tweede-coordinator@bz.test.opvolging.nl",
      name: "Tweede Coördinator",
      role: "COORDINATOR",
      organisationId: organisation.id,
    },
    update: {},
  });
  return actorFor(database, user.email);
}
