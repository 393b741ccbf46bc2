// "Aanbeveling toevoegen" against PostgreSQL: only a Coördinator, the number unique per
// evaluation (also when two save at once), the CREATE event, and the Dutch messages.
import { describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { createRecommendation } from "./create-recommendation";
import { CreateRecommendationSchema, type CreateRecommendationInput } from "@/lib/validation/recommendation";

const database = setUpSeededDatabase();

async function freshEvaluation(title = `Evaluatie ${crypto.randomUUID()}`) {
  return database.prisma.evaluation.create({
    data: { title, periodEvaluated: "2023", evaluator: "Test", source: "Test" },
  });
}

async function inputFor(evaluationId: string, number = 1): Promise<CreateRecommendationInput> {
  const organisation = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "BZ" } });
  return {
    evaluationId,
    number,
    title: "Versterk de meldketen",
    text: "Zorg dat signalen de opsporing bereiken.",
    theme: "Opsporing",
    cabinetResponse: "ADOPTED",
    leadOrganisationId: organisation.id,
  };
}

describe("createRecommendation", () => {
  it("lets only a Coördinator add a recommendation", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "recommendations:manage",
      prepare: () => freshEvaluation(),
      run: async (actor, evaluation) => createRecommendation({ actor, input: await inputFor(evaluation.id) }),
    });
    expect(actual).toEqual(expected);
    expect(
      Object.entries(actual)
        .filter(([, outcome]) => outcome === "allowed")
        .map(([label]) => label),
    ).toEqual(["COORDINATOR van FIN", "COORDINATOR van BZ", "COORDINATOR van ADSB"]);
  });

  it("writes the recommendation and one CREATE event naming the organisation and the evaluation", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const evaluation = await freshEvaluation("Fase 4-evaluatie (test)");
    const { recommendationId } = await createRecommendation({ actor, input: await inputFor(evaluation.id, 7) });

    const created = await database.prisma.recommendation.findUniqueOrThrow({
      where: { id: recommendationId },
      include: { leadOrganisation: true },
    });
    expect(created).toMatchObject({
      evaluationId: evaluation.id,
      number: 7,
      title: "Versterk de meldketen",
      isIllustrative: false,
      statusOverride: null,
      version: 1,
      leadOrganisation: { code: "BZ" },
    });
    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "Recommendation", entityId: recommendationId },
    });
    expect(events).toMatchObject([
      {
        kind: "CREATE",
        actorId: actor.id,
        before: null,
        after: {
          evaluation: "Fase 4-evaluatie (test)",
          number: 7,
          title: "Versterk de meldketen",
          text: "Zorg dat signalen de opsporing bereiken.",
          theme: "Opsporing",
          cabinetResponse: "ADOPTED",
          leadOrganisation: "BZ",
        },
      },
    ]);
  });

  it("refuses a number the evaluation already has, next to the number field, and writes nothing", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const evaluation = await freshEvaluation();
    await createRecommendation({ actor, input: await inputFor(evaluation.id, 3) });
    const eventsBefore = await database.prisma.auditEvent.count();

    await expect(createRecommendation({ actor, input: await inputFor(evaluation.id, 3) })).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldError: { field: "number", message: "Nummer 3 bestaat al bij deze evaluatie. Kies een ander nummer." },
      },
    });
    expect(await database.prisma.recommendation.count({ where: { evaluationId: evaluation.id } })).toBe(1);
    expect(await database.prisma.auditEvent.count()).toBe(eventsBefore);
    // The same number in another evaluation is fine.
    await expect(
      createRecommendation({ actor, input: await inputFor((await freshEvaluation()).id, 3) }),
    ).resolves.toBeDefined();
  });

  it("gives the number error to the second of two coordinators who save the same number at once", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const evaluation = await freshEvaluation();
    const input = await inputFor(evaluation.id, 5);
    const results = await Promise.allSettled([
      createRecommendation({ actor, input }),
      createRecommendation({ actor, input }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(rejected!.reason).toMatchObject({ code: "INVALID", details: { fieldError: { field: "number" } } });
    expect(await database.prisma.recommendation.count({ where: { evaluationId: evaluation.id } })).toBe(1);
  });

  it("refuses an evaluation or organisation that does not exist, next to its field", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const evaluation = await freshEvaluation();
    await expect(
      createRecommendation({ actor, input: { ...(await inputFor(evaluation.id)), evaluationId: "weg" } }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldError: { field: "evaluationId", message: "Deze evaluatie bestaat niet (meer). Kies een andere." },
      },
    });
    await expect(
      createRecommendation({ actor, input: { ...(await inputFor(evaluation.id)), leadOrganisationId: "weg" } }),
    ).rejects.toMatchObject({
      details: { fieldError: { field: "leadOrganisationId" } },
    });
  });
});

describe("CreateRecommendationSchema", () => {
  it("asks for every field in Dutch", () => {
    const result = CreateRecommendationSchema.safeParse({
      evaluationId: "",
      number: "",
      title: " ",
      text: "",
      theme: "",
      cabinetResponse: "",
      leadOrganisationId: "",
    });
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      evaluationId: "Kies een evaluatie.",
      number: "Vul het nummer in.",
      title: "Vul de titel in.",
      text: "Vul de tekst van de aanbeveling in.",
      theme: "Vul het thema in.",
      cabinetResponse: "Kies een van de mogelijkheden.",
      leadOrganisationId: "Kies de verantwoordelijke organisatie.",
    });
  });

  it("takes a whole number from 1 to 999 only", () => {
    const base = {
      evaluationId: "e",
      title: "T",
      text: "T",
      theme: "T",
      cabinetResponse: "ADOPTED",
      leadOrganisationId: "o",
    };
    for (const number of ["0", "1000", "2.5", "-1", "twee"]) {
      expect(CreateRecommendationSchema.safeParse({ ...base, number }).error?.issues[0]?.message, number).toBe(
        "Vul een heel getal van 1 tot en met 999 in.",
      );
    }
    expect(CreateRecommendationSchema.parse({ ...base, number: " 12 " }).number).toBe(12);
  });

  it("limits the lengths", () => {
    const result = CreateRecommendationSchema.safeParse({
      evaluationId: "e",
      number: "1",
      title: "x".repeat(301),
      text: "T",
      theme: "x".repeat(121),
      cabinetResponse: "ADOPTED",
      leadOrganisationId: "o",
    });
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["title", "Gebruik hoogstens 300 tekens."],
      ["theme", "Gebruik hoogstens 120 tekens."],
    ]);
  });
});
