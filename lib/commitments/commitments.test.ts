// The Toezeggingen write path and pages against PostgreSQL: only a Coördinator changes
// anything; create, edit and the outcome write their audit events (fields by their readable
// value); an outdated version is a conflict; a date must exist; a Kamerstuk is registered once.
import { describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { createCommitment } from "./create-commitment";
import { updateCommitment } from "./update-commitment";
import { recordCommitmentOutcome } from "./record-commitment-outcome";
import { listCommitments } from "./list-commitments";
import { getCommitment } from "./get-commitment";
import {
  CreateCommitmentSchema,
  UpdateCommitmentSchema,
  type CreateCommitmentInput,
} from "@/lib/validation/commitment";
import { RecordCommitmentOutcomeSchema } from "@/lib/validation/commitment-outcome";

const database = setUpSeededDatabase();
const coordinator = () => actorFor(database, "coordinator@fin.demo.opvolging.nl");

async function recommendation(number: number) {
  return database.prisma.recommendation.findFirstOrThrow({
    where: { number, evaluation: { seedKey: "evaluatie-anti-omkoping-ekv-2021" } },
    select: { id: true, number: true, title: true },
  });
}

function input(overrides: Partial<CreateCommitmentInput> = {}): CreateCommitmentInput {
  return {
    title: "Voortgangsbrief OESO",
    originalWording: "voor het einde van het jaar",
    dueDate: "2023-12-31",
    origin: "DEBATE",
    originDocumentId: undefined,
    originDescription: "Commissiedebat Buitenlandse Handel, 12 april 2023",
    responsibleMinister: "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    source: "Verslag commissiedebat",
    recommendationIds: [],
    ...overrides,
  };
}

async function freshCommitment() {
  return createCommitment({ actor: await coordinator(), input: input({ title: `Toezegging ${crypto.randomUUID()}` }) });
}

const outcome = (commitmentId: string, fields: Record<string, string>) =>
  RecordCommitmentOutcomeSchema.parse({ commitmentId, version: "1", ...fields });

describe("who may change commitments", () => {
  it("lets only a Coördinator add, edit and record the outcome", async () => {
    const create = await runAsEveryActor(database.prisma, {
      permission: "commitments:manage",
      prepare: async () => null,
      run: (actor) => createCommitment({ actor, input: input() }),
    });
    expect(create.actual).toEqual(create.expected);
    expect(Object.values(create.actual).filter((outcome) => outcome === "allowed")).toHaveLength(3);

    const update = await runAsEveryActor(database.prisma, {
      permission: "commitments:manage",
      prepare: freshCommitment,
      run: (actor, { commitmentId }) =>
        updateCommitment({ actor, input: { ...input(), commitmentId, version: 1, title: "Gewijzigd" } }),
    });
    expect(update.actual).toEqual(update.expected);

    const record = await runAsEveryActor(database.prisma, {
      permission: "commitments:manage",
      prepare: freshCommitment,
      run: (actor, { commitmentId }) =>
        recordCommitmentOutcome({ actor, input: outcome(commitmentId, { status: "LAPSED" }) }),
    });
    expect(record.actual).toEqual(record.expected);
  });
});

describe("createCommitment and updateCommitment", () => {
  it("writes the commitment, its links and a CREATE event with readable references", async () => {
    const actor = await coordinator();
    const [first, second] = [await recommendation(1), await recommendation(2)];
    const plan = await database.prisma.parliamentaryDocument.findUniqueOrThrow({
      where: { seedKey: "kst-36200-IX-11" },
    });
    const { commitmentId } = await createCommitment({
      actor,
      input: input({
        origin: "PARLIAMENTARY_DOCUMENT",
        originDocumentId: plan.id,
        originDescription: undefined,
        recommendationIds: [second.id, first.id],
      }),
    });
    const stored = await database.prisma.commitment.findUniqueOrThrow({
      where: { id: commitmentId },
      include: { recommendations: true },
    });
    expect(stored).toMatchObject({
      status: "OPEN",
      origin: "PARLIAMENTARY_DOCUMENT",
      originDocumentId: plan.id,
      version: 1,
    });
    expect(stored.recommendations.map((link) => link.recommendationId).sort()).toEqual([first.id, second.id].sort());
    const [event] = await database.prisma.auditEvent.findMany({
      where: { entityType: "Commitment", entityId: commitmentId },
    });
    expect(event).toMatchObject({
      kind: "CREATE",
      actorId: actor.id,
      after: {
        dueDate: "2023-12-31",
        origin: "PARLIAMENTARY_DOCUMENT",
        originDocument: "Kamerstuk 36 200 IX, nr. 11",
        recommendations: `1. ${first.title}; 2. ${second.title}`,
      },
    });
  });

  it("saves only what changed, unlinks a recommendation, and refuses an outdated version with who changed it", async () => {
    const actor = await coordinator();
    const first = await recommendation(1);
    const { commitmentId } = await createCommitment({ actor, input: input({ recommendationIds: [first.id] }) });
    const unchanged = await updateCommitment({
      actor,
      input: { ...input({ recommendationIds: [first.id] }), commitmentId, version: 1 },
    });
    expect(unchanged).toMatchObject({ changed: false, version: 1 });

    const saved = await updateCommitment({
      actor,
      input: { ...input(), commitmentId, version: 1, dueDate: "2024-01-31" },
    });
    expect(saved).toMatchObject({ changed: true, version: 2 });
    expect(await database.prisma.commitmentRecommendation.count({ where: { commitmentId } })).toBe(0);
    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "Commitment", entityId: commitmentId, kind: "UPDATE" },
    });
    expect(events).toMatchObject([
      {
        before: { dueDate: "2023-12-31", recommendations: `1. ${first.title}` },
        after: { dueDate: "2024-01-31", recommendations: null },
      },
    ]);

    await expect(
      updateCommitment({ actor, input: { ...input(), commitmentId, version: 1, title: "Te laat" } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: {
        conflict: {
          changedBy: "Sanne de Vries",
          changes: expect.arrayContaining([{ field: "dueDate", before: "2023-12-31", after: "2024-01-31" }]),
        },
      },
    });
  });

  it("asks for a date that exists, and for the Kamerstuk or the debate the origin names", () => {
    const fields = {
      title: "T",
      originalWording: "W",
      origin: "DEBATE",
      originDescription: "D",
      responsibleMinister: "M",
      source: "S",
    };
    expect(CreateCommitmentSchema.safeParse({ ...fields, dueDate: "2023-06-31" }).error?.issues).toMatchObject([
      { path: ["dueDate"], message: "Deze datum bestaat niet. Vul een bestaande datum in, bijvoorbeeld 30-6-2023." },
    ]);
    expect(CreateCommitmentSchema.safeParse({ ...fields, dueDate: "2024-02-29" }).success).toBe(true);
    expect(
      CreateCommitmentSchema.safeParse({ ...fields, dueDate: "2023-07-07", origin: "PARLIAMENTARY_DOCUMENT" }).error
        ?.issues,
    ).toMatchObject([{ path: ["originDocumentId"], message: "Kies het Kamerstuk waarin de toezegging is gedaan." }]);
    expect(
      CreateCommitmentSchema.safeParse({ ...fields, dueDate: "2023-07-07", originDescription: "" }).error?.issues,
    ).toMatchObject([{ path: ["originDescription"] }]);
  });

  it("reads the ticked checkboxes as the linked recommendations", () => {
    const parsed = UpdateCommitmentSchema.parse({
      commitmentId: "c",
      version: "3",
      title: "T",
      originalWording: "W",
      dueDate: "2023-07-07",
      origin: "DEBATE",
      originDescription: "D",
      responsibleMinister: "M",
      source: "S",
      "recommendation:r1": "on",
      "recommendation:r2": "on",
    });
    expect(parsed.recommendationIds).toEqual(["r1", "r2"]);
  });
});

describe("recordCommitmentOutcome", () => {
  it("marks a commitment voldaan with a new Kamerstuk, registering it with its own CREATE event", async () => {
    const actor = await coordinator();
    const { commitmentId } = await freshCommitment();
    const result = await recordCommitmentOutcome({
      actor,
      input: outcome(commitmentId, {
        status: "FULFILLED",
        documentId: "nieuw",
        documentType: "LETTER",
        dossier: "26 485",
        number: "999",
        documentDate: "2023-07-05",
        documentTitle: "Kamerbrief implementatie",
        documentSource: "Tweede Kamer",
      }),
    });
    expect(result).toMatchObject({ status: "FULFILLED", version: 2 });
    const document = await database.prisma.parliamentaryDocument.findUniqueOrThrow({
      where: { id: result.documentId! },
    });
    expect(document).toMatchObject({ dossier: "26 485", number: "999", type: "LETTER" });
    expect(await database.prisma.auditEvent.findMany({ where: { entityId: document.id } })).toMatchObject([
      {
        entityType: "ParliamentaryDocument",
        kind: "CREATE",
        after: { dossier: "26 485", number: "999", date: "2023-07-05" },
      },
    ]);
    expect(
      await database.prisma.auditEvent.findMany({ where: { entityId: commitmentId, kind: "STATUS_CHANGED" } }),
    ).toMatchObject([
      {
        before: { status: "OPEN", fulfilledByDocument: null },
        after: { status: "FULFILLED", fulfilledByDocument: "Kamerstuk 26 485, nr. 999" },
      },
    ]);

    // The same Kamerstuk again: refused next to the number, nothing written.
    const other = await freshCommitment();
    const eventsBefore = await database.prisma.auditEvent.count();
    await expect(
      recordCommitmentOutcome({
        actor,
        input: outcome(other.commitmentId, {
          status: "PARTLY_FULFILLED",
          documentId: "nieuw",
          documentType: "LETTER",
          dossier: "26 485",
          number: "999",
          documentDate: "2023-07-06",
          documentTitle: "Nog een",
          documentSource: "TK",
        }),
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldError: {
          field: "number",
          message: "Kamerstuk 26 485, nr. 999 is al geregistreerd. Kies het in de lijst.",
        },
      },
    });
    expect(await database.prisma.auditEvent.count()).toBe(eventsBefore);
    expect(await database.prisma.commitment.findUniqueOrThrow({ where: { id: other.commitmentId } })).toMatchObject({
      status: "OPEN",
      version: 1,
    });
  });

  it("takes an existing document, refuses an outdated version, and wants a document only for (deels) voldaan", async () => {
    const actor = await coordinator();
    const { commitmentId } = await freshCommitment();
    const plan = await database.prisma.parliamentaryDocument.findUniqueOrThrow({
      where: { seedKey: "kst-36200-IX-11" },
    });
    await recordCommitmentOutcome({
      actor,
      input: outcome(commitmentId, { status: "PARTLY_FULFILLED", documentId: plan.id }),
    });
    await expect(
      recordCommitmentOutcome({ actor, input: outcome(commitmentId, { status: "LAPSED" }) }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const parse = (fields: Record<string, string>) =>
      RecordCommitmentOutcomeSchema.safeParse({ commitmentId, version: "2", ...fields }).error?.issues;
    expect(parse({ status: "FULFILLED" })).toMatchObject([
      { path: ["documentId"], message: "Kies het verstuurde document of registreer een nieuw." },
    ]);
    expect(parse({ status: "LAPSED", documentId: plan.id })).toMatchObject([{ path: ["documentId"] }]);
    expect(
      parse({
        status: "FULFILLED",
        documentId: "nieuw",
        documentType: "LETTER",
        documentDate: "2023-02-30",
        documentTitle: "T",
        documentSource: "S",
        dossier: "36 200 IX",
      }),
    ).toMatchObject([
      { path: ["documentDate"] },
      { path: ["number"], message: "Vul het dossiernummer en het ondernummer allebei in, of geen van beide." },
    ]);
  });
});

describe("the pages' reads", () => {
  it("lists the commitment 'voor de zomer van 2023' with its date, and puts the timeline in date order around today", async () => {
    const list = await listCommitments({ actor: await actorFor(database, "lezer@bz.demo.opvolging.nl") });
    const summer = list.items.find((item) => item.originalWording.includes("zomer van 2023"))!;
    expect(summer).toMatchObject({ dueDate: "2023-07-07", status: "OPEN" });
    const dates = [...list.timeline.past, ...list.timeline.coming].map((moment) => moment.date);
    expect(dates).toEqual([...dates].sort());
    expect(list.timeline.past.every((moment) => moment.date <= list.today)).toBe(true);
    expect(list.timeline.coming.every((moment) => moment.date > list.today)).toBe(true);

    const detail = await getCommitment({ actor: await coordinator(), id: summer.id });
    expect(detail!.recommendations.length).toBeGreaterThan(0);
    expect(detail!.recommendations[0]).toMatchObject({ status: expect.any(String), evaluation: expect.any(String) });
  });
});
