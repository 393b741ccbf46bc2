// The Kamerbrief workflow against PostgreSQL: every step from every status (only the
// transition table's moves happen), only a Coördinator moves a letter, approve waits for open
// remarks, back to concept needs a reason, sending registers the Kamerstuk and fulfils the
// commitment (a taken number writes nothing), and a stale version is a conflict.
import { describe, expect, it } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { insertLetterDraft } from "@/test/letter-fixture";
import type { Actor } from "@/lib/auth/actor";
import type { LetterStatus } from "@/lib/generated/prisma/enums.ts";
import { isAppError, type AppError } from "@/lib/errors";
import { canMoveLetter } from "./letter-status";
import { submitLetterForReview } from "./submit-letter-for-review";
import { approveLetter } from "./approve-letter";
import { returnLetterToDraft } from "./return-letter-to-draft";
import { markLetterSent } from "./mark-letter-sent";
import { ReturnLetterToDraftSchema, MarkLetterSentSchema } from "@/lib/validation/letters-workflow";
import { createTestLetter } from "@/test/factories";

const database = setUpSeededDatabase();
const coordinator = () => actorFor(database, "coordinator@fin.demo.opvolging.nl");

const STATUSES: LetterStatus[] = ["DRAFT", "IN_REVIEW", "APPROVED", "SENT"];
let kamerstuk = 100;

/** Each step as the workflow panel calls it, with fresh input for one letter. */
const STEPS = {
  submit: {
    to: "IN_REVIEW",
    kind: "LETTER_SUBMITTED_FOR_REVIEW",
    run: (actor: Actor, letterId: string, version = 1) =>
      submitLetterForReview({ actor, input: { letterId, version } }),
  },
  approve: {
    to: "APPROVED",
    kind: "LETTER_APPROVED",
    run: (actor: Actor, letterId: string, version = 1) => approveLetter({ actor, input: { letterId, version } }),
  },
  return: {
    to: "DRAFT",
    kind: "LETTER_RETURNED_TO_DRAFT",
    run: (actor: Actor, letterId: string, version = 1) =>
      returnLetterToDraft({ actor, input: { letterId, version, reason: "De cijfers kloppen niet." } }),
  },
  send: {
    to: "SENT",
    kind: "LETTER_SENT",
    run: (actor: Actor, letterId: string, version = 1) =>
      markLetterSent({
        actor,
        input: { letterId, version, dossier: "99 999", number: String(kamerstuk++), sentOn: "2023-04-01" },
      }),
  },
} as const satisfies Record<
  string,
  { to: LetterStatus; kind: string; run: (actor: Actor, letterId: string, version?: number) => Promise<unknown> }
>;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("the workflow's transitions", () => {
  for (const from of STATUSES) {
    for (const [name, step] of Object.entries(STEPS)) {
      const allowed = canMoveLetter(from, step.to);
      it(`${name} from ${from}: ${allowed ? "moves to " + step.to : "refused, nothing written"}`, async () => {
        const actor = await coordinator();
        const letterId = await createTestLetter(database.prisma, { status: from });
        if (allowed) {
          await expect(step.run(actor, letterId)).resolves.toMatchObject({ status: step.to, version: 2 });
          const event = await database.prisma.auditEvent.findFirstOrThrow({
            where: { entityType: "LetterDraft", entityId: letterId, kind: step.kind },
          });
          expect(event).toMatchObject({
            actorId: actor.id,
            before: expect.objectContaining({ status: from }),
            after: expect.objectContaining({ status: step.to }),
          });
        } else {
          const error = await failure(step.run(actor, letterId));
          expect(error.code).toBe("INVALID");
          expect(error.message).toContain("kan niet naar");
          expect(
            await database.prisma.auditEvent.count({ where: { entityType: "LetterDraft", entityId: letterId } }),
          ).toBe(0);
        }
        expect((await database.prisma.letterDraft.findUniqueOrThrow({ where: { id: letterId } })).status).toBe(
          allowed ? step.to : from,
        );
      });
    }
  }
});

describe("who may move a letter", () => {
  const from: Record<keyof typeof STEPS, LetterStatus> = {
    submit: "DRAFT",
    approve: "IN_REVIEW",
    return: "APPROVED",
    send: "APPROVED",
  };
  for (const [name, step] of Object.entries(STEPS)) {
    it(`${name}: only a Coördinator, as the permission table says`, async () => {
      const outcome = await runAsEveryActor(database.prisma, {
        permission: "letters:manage",
        prepare: () => createTestLetter(database.prisma, { status: from[name as keyof typeof STEPS] }),
        run: (actor, letterId) => step.run(actor, letterId),
      });
      expect(outcome.actual).toEqual(outcome.expected);
      expect(Object.values(outcome.actual).filter((result) => result === "allowed")).toHaveLength(3);
    });
  }
});

describe("Vaststellen", () => {
  it("is refused while remarks are open, naming how many, and goes through once they are resolved", async () => {
    const actor = await coordinator();
    const letterId = await createTestLetter(database.prisma, { status: "IN_REVIEW" });
    const author = await database.prisma.user.findUniqueOrThrow({
      where: { email: "bijdrager@adsb.demo.opvolging.nl" },
    });
    const remarks = await Promise.all(
      ["aanleiding", "samenvatting"].map((sectionKey) =>
        database.prisma.letterRemark.create({
          data: {
            letterDraftId: letterId,
            sectionKey,
            versionNumber: 1,
            text: "Graag aanvullen.",
            authorId: author.id,
          },
        }),
      ),
    );
    const two = await failure(approveLetter({ actor, input: { letterId, version: 1 } }));
    expect(two).toMatchObject({
      code: "INVALID",
      message: "Vaststellen kan nog niet: er staan nog 2 opmerkingen open. Handel die eerst af.",
    });

    await database.prisma.letterRemark.update({
      where: { id: remarks[0]!.id },
      data: { resolvedAt: new Date(), resolvedById: actor.id, resolution: "Aangevuld." },
    });
    const one = await failure(approveLetter({ actor, input: { letterId, version: 1 } }));
    expect(one.message).toBe("Vaststellen kan nog niet: er staat nog 1 opmerking open. Handel die eerst af.");
    const letter = await database.prisma.letterDraft.findUniqueOrThrow({ where: { id: letterId } });
    expect(letter).toMatchObject({ status: "IN_REVIEW", version: 1 });
    expect(await database.prisma.auditEvent.count({ where: { entityType: "LetterDraft", entityId: letterId } })).toBe(
      0,
    );

    await database.prisma.letterRemark.update({
      where: { id: remarks[1]!.id },
      data: { resolvedAt: new Date(), resolvedById: actor.id, resolution: "Aangevuld." },
    });
    await expect(approveLetter({ actor, input: { letterId, version: 1 } })).resolves.toMatchObject({
      status: "APPROVED",
    });
  });
});

describe("Terug naar concept", () => {
  it("needs a reason, which the audit trail keeps", async () => {
    const letterId = await createTestLetter(database.prisma, { status: "APPROVED" });
    const parsed = ReturnLetterToDraftSchema.safeParse({ letterId, version: "1", reason: "   " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["reason"], message: "Vul een reden in." });

    await returnLetterToDraft({
      actor: await coordinator(),
      input: ReturnLetterToDraftSchema.parse({ letterId, version: "1", reason: "Nieuwe cijfers van ADSB." }),
    });
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: letterId, kind: "LETTER_RETURNED_TO_DRAFT" },
    });
    expect(event.before).toEqual({ status: "APPROVED" });
    expect(event.after).toEqual({ status: "DRAFT", reason: "Nieuwe cijfers van ADSB." });
  });
});

describe("Markeren als verzonden", () => {
  it("registers the Kamerstuk, points the letter at it and marks the commitment voldaan, with three audit events", async () => {
    const actor = await coordinator();
    const { letterId, commitmentId } = await insertLetterDraft(database.prisma, {
      status: "APPROVED",
      title: "Voortgangsbrief zomer 2023",
    });
    const input = MarkLetterSentSchema.parse({
      letterId,
      version: "1",
      dossier: " 26  485 ",
      number: "301",
      sentOn: "2023-04-03",
    });
    const sent = await markLetterSent({ actor, input });
    expect(sent).toMatchObject({ status: "SENT", version: 2, kamerstuk: "Kamerstuk 26 485, nr. 301" });

    const document = await database.prisma.parliamentaryDocument.findUniqueOrThrow({ where: { id: sent.documentId! } });
    expect(document).toMatchObject({
      type: "LETTER",
      dossier: "26 485",
      number: "301",
      title: "Voortgangsbrief zomer 2023",
      source: "Opvolging",
      date: new Date("2023-04-03T00:00:00Z"),
    });
    expect(await database.prisma.letterDraft.findUniqueOrThrow({ where: { id: letterId } })).toMatchObject({
      status: "SENT",
      sentDocumentId: document.id,
    });
    expect(await database.prisma.commitment.findUniqueOrThrow({ where: { id: commitmentId } })).toMatchObject({
      status: "FULFILLED",
      fulfilledByDocumentId: document.id,
    });

    const letterEvent = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "LetterDraft", entityId: letterId, kind: "LETTER_SENT" },
    });
    expect(letterEvent.after).toEqual({
      status: "SENT",
      sentDocument: "Kamerstuk 26 485, nr. 301",
      date: "2023-04-03",
    });
    expect(
      await database.prisma.auditEvent.count({
        where: { entityType: "ParliamentaryDocument", entityId: document.id, kind: "CREATE" },
      }),
    ).toBe(1);
    const commitmentEvent = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Commitment", entityId: commitmentId, kind: "STATUS_CHANGED" },
      orderBy: { occurredAt: "desc" },
    });
    expect(commitmentEvent.after).toMatchObject({
      status: "FULFILLED",
      fulfilledByDocument: "Kamerstuk 26 485, nr. 301",
    });
  });

  it("refuses a Kamerstuk number already registered next to the number field, and writes nothing", async () => {
    const actor = await coordinator();
    const letterId = await createTestLetter(database.prisma, { status: "APPROVED" });
    const [documents, events] = [
      await database.prisma.parliamentaryDocument.count(),
      await database.prisma.auditEvent.count(),
    ];
    const error = await failure(
      markLetterSent({
        actor,
        input: { letterId, version: 1, dossier: "36 200 IX", number: "11", sentOn: "2023-04-01" },
      }),
    );
    expect(error.code).toBe("INVALID");
    expect(error.details.fieldError).toEqual({
      field: "number",
      message: "Kamerstuk 36 200 IX, nr. 11 is al geregistreerd. Controleer het dossiernummer en het nummer.",
    });
    expect(await database.prisma.letterDraft.findUniqueOrThrow({ where: { id: letterId } })).toMatchObject({
      status: "APPROVED",
      version: 1,
      sentDocumentId: null,
    });
    expect(await database.prisma.parliamentaryDocument.count()).toBe(documents);
    expect(await database.prisma.auditEvent.count()).toBe(events);
  });

  it("refuses a date in the future next to the date field", async () => {
    const letterId = await createTestLetter(database.prisma, { status: "APPROVED" });
    const error = await failure(
      markLetterSent({
        actor: await coordinator(),
        input: { letterId, version: 1, dossier: "26 485", number: "302", sentOn: "2999-01-01" },
      }),
    );
    expect(error.details.fieldError).toMatchObject({
      field: "sentOn",
      message: expect.stringContaining("in de toekomst"),
    });
  });

  it("checks the Kamerstuk's form and the date in the schema", () => {
    const result = MarkLetterSentSchema.safeParse({
      letterId: "x",
      version: "1",
      dossier: "",
      number: "1 2",
      sentOn: "2023-02-30",
    });
    expect(result.success).toBe(false);
    // The first message per field, as the form shows it.
    expect(
      Object.fromEntries([...result.error!.issues].reverse().map((issue) => [issue.path[0], issue.message])),
    ).toEqual({
      dossier: "Vul het dossiernummer in.",
      number: "Gebruik cijfers en letters zonder spaties, bijvoorbeeld 12.",
      sentOn: "Deze datum bestaat niet. Vul een bestaande datum in, bijvoorbeeld 30-6-2023.",
    });
  });
});

describe("a stale version", () => {
  it("is a conflict naming the colleague, and changes nothing", async () => {
    const actor = await coordinator();
    const letterId = await createTestLetter(database.prisma, { status: "DRAFT" });
    await submitLetterForReview({ actor, input: { letterId, version: 1 } });
    // A second coordinator's form still says version 1.
    const error = await failure(returnLetterToDraft({ actor, input: { letterId, version: 1, reason: "Te vroeg." } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/^Gewijzigd door .+ om \d{2}:\d{2}\.$/);
    expect(error.details.conflict?.changes).toEqual([{ field: "status", before: "DRAFT", after: "IN_REVIEW" }]);
    expect(await database.prisma.letterDraft.findUniqueOrThrow({ where: { id: letterId } })).toMatchObject({
      status: "IN_REVIEW",
      version: 2,
    });
  });
});
