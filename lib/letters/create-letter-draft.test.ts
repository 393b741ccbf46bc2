// Generating Kamerbrieven against PostgreSQL with the demo data: the seeded commitment gives a
// letter with every linked recommendation and the summary table; the snapshot is frozen (a
// later change to an action leaves the stored letter alone; regenerating makes a new version
// on a new snapshot and keeps the old one); a stale version is a conflict; only the
// Coördinator generates; every step writes its audit event; the list shows a concept to the
// coordinator only.
import { beforeEach, afterEach, describe, expect, it, vi } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { FIXTURE_COMMITMENT_SEED_KEY, fixtureLetterContent, insertLetterDraft } from "@/test/letter-fixture";
import { createLetterDraft } from "./create-letter-draft";
import { regenerateLetterDraft } from "./regenerate-letter-draft";
import { buildLetterSnapshot } from "./build-letter-snapshot";
import { listLetterDrafts } from "./list-letter-drafts";
import { parseLetterContent, type LetterTableSection } from "./letter-content";
import { parseLetterSnapshot } from "./letter-snapshot";
import { isAppError } from "@/lib/errors";
import { db } from "@/lib/db";

const database = setUpSeededDatabase();
const coordinator = () => actorFor(database, "coordinator@fin.demo.opvolging.nl");
const TODAY = "2023-04-03";

beforeEach(() => vi.stubEnv("APP_TODAY", TODAY));
afterEach(() => vi.unstubAllEnvs());

async function seededCommitmentId() {
  return (
    await database.prisma.commitment.findUniqueOrThrow({
      where: { seedKey: FIXTURE_COMMITMENT_SEED_KEY },
      select: { id: true },
    })
  ).id;
}

async function generate() {
  return createLetterDraft({ actor: await coordinator(), input: { commitmentId: await seededCommitmentId() } });
}

async function versionsOf(letterDraftId: string) {
  return database.prisma.letterDraftVersion.findMany({
    where: { letterDraftId },
    orderBy: { versionNumber: "asc" },
    select: { versionNumber: true, kind: true, snapshotId: true, content: true },
  });
}

describe("Concept-Kamerbrief maken", () => {
  it("writes a letter for the seeded commitment with every linked recommendation and the summary table", async () => {
    const { letterDraftId, versionNumber } = await generate();
    expect(versionNumber).toBe(1);
    const linked = await database.prisma.recommendation.findMany({
      where: { commitments: { some: { commitmentId: await seededCommitmentId() } } },
      orderBy: { number: "asc" },
      select: { id: true, number: true, title: true },
    });
    expect(linked.length).toBeGreaterThan(1);

    const letter = await database.prisma.letterDraft.findUniqueOrThrow({
      where: { id: letterDraftId },
      include: { snapshot: true },
    });
    expect(letter).toMatchObject({ status: "DRAFT", latestVersionNumber: 1, version: 1 });
    expect(letter.title).toBe(
      "Voortgang opvolging aanbevelingen — Kamerbrief over de implementatie van de aanbevelingen, voor de zomer van 2023",
    );
    const [version] = await versionsOf(letterDraftId);
    expect(version).toMatchObject({ versionNumber: 1, kind: "GENERATED", snapshotId: letter.snapshotId });

    const content = parseLetterContent(version!.content);
    expect(content.letterhead.date).toBe(TODAY);
    expect(content.containsIllustrativeData).toBe(true);
    expect(content.sections.map((section) => section.key)).toEqual([
      "aanleiding",
      ...linked.map((row) => `aanbeveling-${row.id}`),
      "samenvatting",
      "afsluiting",
    ]);
    const summary = content.sections.find((section) => section.key === "samenvatting") as LetterTableSection;
    expect(summary.rows.map((row) => row[0])).toEqual(linked.map((row) => String(row.number)));
    expect(summary.rows[0]![1]).toContain(linked[0]!.title);
    expect(content.signatories.map((signatory) => signatory.title)).toEqual([
      "De staatssecretaris van Financiën",
      "De minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    ]);
    const aanleiding = content.sections[0]!;
    expect(aanleiding.kind === "text" && aanleiding.body).toContain(
      "Op 17 november 2022 ontving uw Kamer het plan van aanpak",
    );
    expect(aanleiding.kind === "text" && aanleiding.body).toContain("(Kamerstuk 36 200 IX, nr. 11)");
    expect(aanleiding.kind === "text" && aanleiding.body).toContain("Op 8 juli 2022 ontving uw Kamer de evaluatie");

    const snapshot = parseLetterSnapshot(letter.snapshot!.data);
    expect(snapshot.peildatum).toBe(TODAY);
    expect(snapshot.recommendations.map((row) => row.id)).toEqual(linked.map((row) => row.id));
    expect(snapshot.planOfAction?.number).toBe("11");

    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "LetterDraft", entityId: letterDraftId },
    });
    expect(events.map((event) => event.kind)).toEqual(["LETTER_GENERATED"]);
    expect(events[0]!.after).toMatchObject({ status: "DRAFT", latestVersionNumber: 1, peildatum: TODAY });
  });

  it("refuses a commitment that does not exist, next to the field", async () => {
    const error = await createLetterDraft({
      actor: await coordinator(),
      input: { commitmentId: "bestaat-niet" },
    }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe("NOT_FOUND");
    expect(isAppError(error) && error.details.fieldError?.field).toBe("commitmentId");
  });

  it("lets only the Coördinator generate and regenerate", async () => {
    const commitmentId = await seededCommitmentId();
    const create = await runAsEveryActor(database.prisma, {
      permission: "letters:manage",
      prepare: async () => null,
      run: (actor) => createLetterDraft({ actor, input: { commitmentId } }),
    });
    expect(create.actual).toEqual(create.expected);
    expect(Object.values(create.actual).filter((outcome) => outcome === "allowed")).toHaveLength(3);

    const regenerate = await runAsEveryActor(database.prisma, {
      permission: "letters:manage",
      prepare: () => insertLetterDraft(database.prisma),
      run: (actor, { letterId }) => regenerateLetterDraft({ actor, input: { letterDraftId: letterId, version: 1 } }),
    });
    expect(regenerate.actual).toEqual(regenerate.expected);
  });
});

describe("the snapshot", () => {
  it("is frozen: a later change leaves the stored letter alone; regenerating makes a new version on a new snapshot", async () => {
    const { letterDraftId } = await generate();
    const before = await database.prisma.letterDraft.findUniqueOrThrow({
      where: { id: letterDraftId },
      include: { snapshot: true },
    });
    const [versionOne] = await versionsOf(letterDraftId);

    // A colleague finishes an action after the letter was generated.
    const snapshotBefore = parseLetterSnapshot(before.snapshot!.data);
    const open = snapshotBefore.recommendations
      .flatMap((row) => row.actions)
      .find((action) => action.status === "IN_PROGRESS")!;
    await database.prisma.actionItem.update({
      where: { id: open.id },
      data: {
        status: "DONE",
        percentDone: 100,
        completedOn: new Date("2023-04-03T00:00:00Z"),
        title: "Afgerond na de peildatum",
      },
    });

    const stored = await database.prisma.letterSnapshot.findUniqueOrThrow({ where: { id: before.snapshotId! } });
    expect(stored.data).toEqual(before.snapshot!.data);
    expect((await versionsOf(letterDraftId))[0]!.content).toEqual(versionOne!.content);
    expect(JSON.stringify(versionOne!.content)).not.toContain("Afgerond na de peildatum");

    const result = await regenerateLetterDraft({
      actor: await coordinator(),
      input: { letterDraftId, version: before.version },
    });
    expect(result.versionNumber).toBe(2);
    const after = await database.prisma.letterDraft.findUniqueOrThrow({
      where: { id: letterDraftId },
      include: { snapshot: true },
    });
    expect(after).toMatchObject({ latestVersionNumber: 2, version: before.version + 1 });
    expect(after.snapshotId).not.toBe(before.snapshotId);
    const versions = await versionsOf(letterDraftId);
    expect(versions.map((version) => [version.versionNumber, version.kind, version.snapshotId])).toEqual([
      [1, "GENERATED", before.snapshotId],
      [2, "REGENERATED", after.snapshotId],
    ]);
    const newAction = parseLetterSnapshot(after.snapshot!.data)
      .recommendations.flatMap((row) => row.actions)
      .find((action) => action.id === open.id)!;
    expect(newAction).toMatchObject({ status: "DONE", title: "Afgerond na de peildatum" });
    expect(JSON.stringify(versions[1]!.content)).toContain("Afgerond na de peildatum");

    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "LetterDraft", entityId: letterDraftId },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((event) => event.kind)).toEqual(["LETTER_GENERATED", "LETTER_REGENERATED"]);
    expect(events[1]!.before).toMatchObject({ latestVersionNumber: 1 });
    expect(events[1]!.after).toMatchObject({ latestVersionNumber: 2, peildatum: TODAY });
  });

  it("keeps the current version's Ons kenmerk and signatories when regenerating", async () => {
    const { letterId } = await insertLetterDraft(database.prisma, {
      content: fixtureLetterContent({
        letterhead: { date: "2023-04-01", subject: "Oud", reference: "2023-0000099999" },
        signatories: [{ title: "De staatssecretaris van Financiën", name: "M.L.A. van Rij" }],
      }),
    });
    await regenerateLetterDraft({ actor: await coordinator(), input: { letterDraftId: letterId, version: 1 } });
    const content = parseLetterContent((await versionsOf(letterId))[1]!.content);
    expect(content.letterhead.reference).toBe("2023-0000099999");
    expect(content.letterhead.date).toBe(TODAY);
    expect(content.signatories).toEqual([{ title: "De staatssecretaris van Financiën", name: "M.L.A. van Rij" }]);
  });

  it("is a conflict on a stale version, and nothing is written", async () => {
    const { letterDraftId } = await generate();
    const actor = await coordinator();
    await regenerateLetterDraft({ actor, input: { letterDraftId, version: 1 } });
    const snapshotsBefore = await database.prisma.letterSnapshot.count({ where: { letterDraftId } });
    const error = await regenerateLetterDraft({ actor, input: { letterDraftId, version: 1 } }).catch(
      (caught: unknown) => caught,
    );
    expect(isAppError(error) && error.code).toBe("CONFLICT");
    expect(isAppError(error) && error.message).toMatch(/^Gewijzigd door .+ om \d\d:\d\d\.$/);
    expect(await database.prisma.letterSnapshot.count({ where: { letterDraftId } })).toBe(snapshotsBefore);
    expect((await versionsOf(letterDraftId)).map((version) => version.versionNumber)).toEqual([1, 2]);
  });

  it("cannot be regenerated once the letter is vastgesteld", async () => {
    const { letterId } = await insertLetterDraft(database.prisma, { status: "APPROVED" });
    const error = await regenerateLetterDraft({
      actor: await coordinator(),
      input: { letterDraftId: letterId, version: 1 },
    }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe("INVALID");
    expect(await database.prisma.letterDraftVersion.count({ where: { letterDraftId: letterId } })).toBe(1);
  });

  it("takes each action's latest progress update on or before the peildatum, and the plan van aanpak of that day", async () => {
    const commitmentId = await seededCommitmentId();
    const action = await database.prisma.actionItem.findFirstOrThrow({
      where: { title: "Escalatieprocedure naar de Staat vastleggen" },
      select: { id: true },
    });
    const at = (peildatum: string) => db().$transaction((tx) => buildLetterSnapshot(tx, { commitmentId, peildatum }));
    const find = (snapshot: Awaited<ReturnType<typeof at>>) =>
      snapshot.recommendations.flatMap((row) => row.actions).find((row) => row.id === action.id)!;

    expect(find(await at("2023-03-20")).latestProgress).toEqual({
      date: "2023-03-14",
      text: "Vertraagd: wacht op het vastgestelde risicokader (actie bij aanbeveling 1).",
    });
    expect(find(await at("2023-03-01")).latestProgress).toEqual({
      date: "2023-02-10",
      text: "Concept besproken met ADSB.",
    });
    expect(find(await at("2023-01-01")).latestProgress).toBeNull();
    expect((await at("2022-10-01")).planOfAction).toBeNull();
    expect((await at("2023-03-01")).planOfAction?.date).toBe("2022-11-17");
  });
});

describe("the previous letter", () => {
  it("is the newest sent letter on any of the same recommendations, not a letter on another subject", async () => {
    const { letterDraftId: first } = await generate();
    const onOtherSubject = await database.prisma.commitment.create({
      data: {
        title: "Andere toezegging",
        originalWording: "later",
        dueDate: new Date("2023-12-31T00:00:00Z"),
        origin: "DEBATE",
        responsibleMinister: "Minister",
        source: "test",
      },
    });
    const { letterId: unrelated } = await insertLetterDraft(database.prisma, {
      commitmentId: onOtherSubject.id,
      status: "SENT",
    });
    const sendAs = async (letterId: string, number: string, date: string) => {
      const document = await database.prisma.parliamentaryDocument.create({
        data: {
          type: "LETTER",
          dossier: "26 485",
          number,
          date: new Date(`${date}T00:00:00Z`),
          title: "Brief",
          source: "test",
        },
      });
      await database.prisma.letterDraft.update({
        where: { id: letterId },
        data: { status: "SENT", sentDocumentId: document.id },
      });
    };
    await sendAs(first, "9001", "2023-03-01");
    await sendAs(unrelated, "9002", "2023-03-20"); // newer, but about other recommendations

    const snapshot = await buildLetterSnapshot(db(), { commitmentId: await seededCommitmentId(), peildatum: TODAY });
    expect(snapshot.previousLetter).toMatchObject({
      letterDraftId: first,
      document: { number: "9001", date: "2023-03-01" },
    });
    // Before the first letter was sent there is no previous letter.
    expect(
      (await buildLetterSnapshot(db(), { commitmentId: await seededCommitmentId(), peildatum: "2023-02-28" }))
        .previousLetter,
    ).toBeNull();
  });
});

describe("the Kamerbrieven list", () => {
  it("shows a concept to the coordinator only, and offers open commitments first", async () => {
    const { letterDraftId } = await generate();
    const forCoordinator = await listLetterDrafts({ actor: await coordinator() });
    expect(forCoordinator.items.map((item) => item.id)).toContain(letterDraftId);
    expect(forCoordinator.may.manage).toBe(true);
    expect(forCoordinator.commitments[0]!.status).toBe("OPEN");
    expect(forCoordinator.commitments.map((commitment) => commitment.status)).toContain("FULFILLED");

    for (const email of ["lezer@bz.demo.opvolging.nl", "bijdrager@adsb.demo.opvolging.nl"]) {
      const list = await listLetterDrafts({ actor: await actorFor(database, email) });
      expect(list.items.every((item) => item.status !== "DRAFT")).toBe(true);
      expect(list.items.map((item) => item.id)).not.toContain(letterDraftId);
      expect(list.commitments).toEqual([]);
      expect(list.may.manage).toBe(false);
    }
    const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW" });
    const forReader = await listLetterDrafts({ actor: await actorFor(database, "lezer@bz.demo.opvolging.nl") });
    expect(forReader.items.map((item) => item.id)).toContain(letterId);
  });
});

describe("times", () => {
  it("stamps the letter, its snapshot and version with the clock's day (the demo's 3 April 2023)", async () => {
    const { letterDraftId } = await generate();
    const letter = await database.prisma.letterDraft.findUniqueOrThrow({
      where: { id: letterDraftId },
      include: { snapshot: true, versions: true },
    });
    for (const moment of [
      letter.createdAt,
      letter.updatedAt,
      letter.snapshot!.createdAt,
      letter.versions[0]!.createdAt,
    ]) {
      expect(moment.toISOString().slice(0, 10)).toMatch(/^2023-04-0[23]$/);
    }
  });
});
