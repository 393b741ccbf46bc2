// "Evaluatie registreren" against PostgreSQL: only a Coördinator, the CREATE event, and the
// Dutch messages (dates that exist, the Kamer not before the report).
import { describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { registerEvaluation } from "./register-evaluation";
import { RegisterEvaluationSchema, type RegisterEvaluationInput } from "@/lib/validation/evaluation";

const database = setUpSeededDatabase();

const input: RegisterEvaluationInput = {
  title: "Evaluatie van het klokkenluidersbeleid",
  periodEvaluated: "2019–2022",
  evaluator: "Onderzoeksbureau",
  reportDate: "2023-02-01",
  sentToParliamentOn: "2023-03-15",
  source: "Kamerstuk 12 345, nr. 6",
};

describe("registerEvaluation", () => {
  it("lets only a Coördinator register an evaluation", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "evaluations:manage",
      prepare: async () => undefined,
      run: (actor) => registerEvaluation({ actor, input }),
    });
    expect(actual).toEqual(expected);
    expect(Object.values(actual).filter((outcome) => outcome === "allowed")).toHaveLength(3);
  });

  it("writes the evaluation and one CREATE event", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const { evaluationId } = await registerEvaluation({ actor, input: { ...input, sentToParliamentOn: undefined } });
    const evaluation = await database.prisma.evaluation.findUniqueOrThrow({ where: { id: evaluationId } });
    expect(evaluation).toMatchObject({
      title: input.title,
      evaluator: "Onderzoeksbureau",
      sentToParliamentOn: null,
      seedKey: null,
      version: 1,
    });
    expect(evaluation.reportDate?.toISOString().slice(0, 10)).toBe("2023-02-01");
    expect(
      await database.prisma.auditEvent.findMany({ where: { entityType: "Evaluation", entityId: evaluationId } }),
    ).toMatchObject([
      {
        kind: "CREATE",
        actorId: actor.id,
        after: { title: input.title, reportDate: "2023-02-01", sentToParliamentOn: null, source: input.source },
      },
    ]);
  });
});

describe("RegisterEvaluationSchema", () => {
  const messagesOf = (value: Record<string, string>) =>
    Object.fromEntries(
      RegisterEvaluationSchema.safeParse(value).error!.issues.map((issue) => [issue.path.join("."), issue.message]),
    );

  it("asks for the fields in Dutch and for dates that exist", () => {
    expect(
      messagesOf({
        title: "",
        periodEvaluated: "",
        evaluator: " ",
        reportDate: "2023-02-30",
        sentToParliamentOn: "morgen",
        source: "",
      }),
    ).toEqual({
      title: "Vul de titel in.",
      periodEvaluated: "Vul de geëvalueerde periode en het onderwerp in.",
      evaluator: "Vul de evaluator in.",
      reportDate: "Deze datum bestaat niet. Vul een bestaande datum in, bijvoorbeeld 30-6-2023.",
      sentToParliamentOn: "Vul een bestaande datum in als dag-maand-jaar, bijvoorbeeld 30-6-2023.",
      source: "Vul de bron in.",
    });
  });

  it("refuses a date sent to the Kamer before the report, and reads an empty one as not given", () => {
    expect(messagesOf({ ...input, sentToParliamentOn: "2023-01-31" })).toEqual({
      sentToParliamentOn: "De datum van aanbieding ligt voor de rapportdatum. Kies een latere datum.",
    });
    expect(RegisterEvaluationSchema.parse({ ...input, sentToParliamentOn: "" }).sentToParliamentOn).toBeUndefined();
  });
});
