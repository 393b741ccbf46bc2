// Editing a Kamerbrief against PostgreSQL: a section edit is version 2 with its audit event;
// a stale form is a conflict naming the colleague and writes nothing; a vastgesteld or
// verzonden letter refuses; restore makes a new version with the old text and snapshot; the
// table textarea names a wrong line; remarks only in review and only by Bijdrager and
// Coördinator; resolving by the Coördinator only; the page read rule.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { insertLetterDraft } from "@/test/letter-fixture";
import { editLetterSection } from "@/lib/letters/edit-letter-section";
import { editLetterDetails } from "@/lib/letters/edit-letter-details";
import { restoreLetterVersion } from "@/lib/letters/restore-letter-version";
import { addLetterRemark } from "@/lib/letters/add-letter-remark";
import { resolveLetterRemark } from "@/lib/letters/resolve-letter-remark";
import { listLetterRemarks } from "@/lib/letters/list-letter-remarks";
import { getLetterPage } from "@/lib/letters/get-letter-page";
import { getLetterVersions } from "@/lib/letters/get-letter-versions";
import { parseLetterContent } from "@/lib/letters/letter-content";
import { fromCalendarDate } from "@/lib/calendar-date";
import { EditLetterDetailsSchema, EditLetterSectionSchema } from "@/lib/validation/letters-edit";
import type { LetterStatus } from "@/lib/generated/prisma/enums.ts";

const database = setUpSeededDatabase();
const COORDINATOR = "coordinator@fin.demo.opvolging.nl";

async function coordinator() {
  return actorFor(database, COORDINATOR);
}

async function contentOf(letterId: string, versionNumber: number) {
  const row = await database.prisma.letterDraftVersion.findUniqueOrThrow({
    where: { letterDraftId_versionNumber: { letterDraftId: letterId, versionNumber } },
  });
  return { ...row, content: parseLetterContent(row.content) };
}

describe("editLetterSection", () => {
  it("saves version 2 (bewerkt, naming the section) with the new text, and one LETTER_EDITED event with what changed", async () => {
    const actor = await coordinator();
    const { letterId, snapshotId } = await insertLetterDraft(database.prisma);
    const input = EditLetterSectionSchema.parse({
      letterId,
      version: "1",
      sectionKey: "aanleiding",
      heading: "Aanleiding",
      body: "Eerste alinea met **vet**.\r\n\r\n- een\r\n- twee",
    });
    expect(await editLetterSection({ actor, input })).toEqual({ letterId, versionNumber: 2, changed: true });

    const letter = await database.prisma.letterDraft.findUniqueOrThrow({ where: { id: letterId } });
    expect(letter).toMatchObject({ latestVersionNumber: 2, version: 2, snapshotId });
    const v2 = await contentOf(letterId, 2);
    expect(v2).toMatchObject({
      kind: "EDITED",
      note: "Sectie „Aanleiding” bewerkt",
      createdById: actor.id,
      snapshotId,
    });
    expect(v2.content.sections[0]).toEqual({
      key: "aanleiding",
      kind: "text",
      heading: "Aanleiding",
      body: "Eerste alinea met **vet**.\n\n- een\n- twee",
    });
    // Version 1 is untouched.
    expect((await contentOf(letterId, 1)).content.sections[0]).toMatchObject({
      body: expect.stringContaining("Zoals toegezegd"),
    });

    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "LetterDraft", entityId: letterId },
    });
    expect(events).toMatchObject([
      {
        kind: "LETTER_EDITED",
        actorId: actor.id,
        before: { section: "Aanleiding", body: expect.stringContaining("Zoals toegezegd"), versionNumber: 1 },
        after: { section: "Aanleiding", body: "Eerste alinea met **vet**.\n\n- een\n- twee", versionNumber: 2 },
      },
    ]);
    expect(events[0]!.before).not.toHaveProperty("heading");
  });

  it("writes nothing for an unchanged save (also when the browser sends CRLF)", async () => {
    const actor = await coordinator();
    const { letterId } = await insertLetterDraft(database.prisma);
    const input = EditLetterSectionSchema.parse({
      letterId,
      version: "1",
      sectionKey: "aanleiding",
      heading: "Aanleiding",
      body: "Zoals toegezegd informeer ik u over de **voortgang**.\r\n\r\n- eerste punt\r\n- tweede punt",
    });
    expect(await editLetterSection({ actor, input })).toEqual({ letterId, versionNumber: 1, changed: false });
    expect(await database.prisma.letterDraftVersion.count({ where: { letterDraftId: letterId } })).toBe(1);
    expect(await database.prisma.auditEvent.count({ where: { entityId: letterId } })).toBe(0);
  });

  it("refuses a stale form with the colleague's name and changes nothing", async () => {
    const actor = await coordinator();
    const { letterId } = await insertLetterDraft(database.prisma);
    await editLetterSection({
      actor,
      input: { letterId, version: 1, sectionKey: "afsluiting", body: "Eerste versie van de afsluiting." },
    });
    const stale = editLetterSection({
      actor,
      input: { letterId, version: 1, sectionKey: "afsluiting", body: "Tweede, op een oud formulier." },
    });
    await expect(stale).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Gewijzigd door .+ om \d{2}:\d{2}\.$/),
    });
    const error = await stale.catch((caught) => caught);
    expect(error.message).toContain(
      (await database.prisma.user.findUniqueOrThrow({ where: { email: COORDINATOR } })).name,
    );
    expect(error.details.conflict.changes).toEqual(
      expect.arrayContaining([{ field: "versionNumber", before: 1, after: 2 }]),
    );
    expect(await database.prisma.letterDraftVersion.count({ where: { letterDraftId: letterId } })).toBe(2);
    expect((await contentOf(letterId, 2)).content.sections[3]).toMatchObject({
      body: "Eerste versie van de afsluiting.",
    });
  });

  it("lets exactly one of two simultaneous saves with the same version win", async () => {
    const actor = await coordinator();
    const { letterId } = await insertLetterDraft(database.prisma);
    const results = await Promise.allSettled([
      editLetterSection({ actor, input: { letterId, version: 1, sectionKey: "afsluiting", body: "Een." } }),
      editLetterSection({ actor, input: { letterId, version: 1, sectionKey: "afsluiting", body: "Twee." } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await database.prisma.letterDraftVersion.count({ where: { letterDraftId: letterId } })).toBe(2);
  });

  it.each<LetterStatus>(["APPROVED", "SENT"])(
    "refuses to change the text of a letter that is %s, in Dutch",
    async (status) => {
      const actor = await coordinator();
      const { letterId } = await insertLetterDraft(database.prisma, { status });
      const attempt = editLetterSection({
        actor,
        input: { letterId, version: 1, sectionKey: "afsluiting", body: "Te laat." },
      });
      await expect(attempt).rejects.toMatchObject({
        code: "INVALID",
        message: expect.stringMatching(/^De tekst kan niet worden gewijzigd: de brief is (vastgesteld|verzonden)\./),
      });
      await expect(
        restoreLetterVersion({ actor, input: { letterId, version: 1, versionNumber: 1 } }),
      ).rejects.toMatchObject({ code: "INVALID" });
      expect(await database.prisma.letterDraftVersion.count({ where: { letterDraftId: letterId } })).toBe(1);
    },
  );

  it("lets only the Coördinator edit", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "letters:manage",
      prepare: () => insertLetterDraft(database.prisma),
      run: (actor, { letterId }) =>
        editLetterSection({ actor, input: { letterId, version: 1, sectionKey: "afsluiting", body: "Gewijzigd." } }),
    });
    expect(actual).toEqual(expected);
    expect(
      Object.entries(actual)
        .filter(([, outcome]) => outcome === "allowed")
        .map(([label]) => label),
    ).toEqual(["COORDINATOR van FIN", "COORDINATOR van BZ", "COORDINATOR van ADSB"]);
  });

  it("edits the summary table as lines and names a line with the wrong number of cells", async () => {
    const actor = await coordinator();
    const { letterId } = await insertLetterDraft(database.prisma);
    const bad = editLetterSection({
      actor,
      input: {
        letterId,
        version: 1,
        sectionKey: "samenvatting",
        heading: "Overzicht",
        body: "1 | a | b | c | d | e\n2 | alleen | drie",
      },
    });
    await expect(bad).rejects.toMatchObject({
      code: "INVALID",
      details: {
        fieldError: { field: "body", message: expect.stringContaining("Regel 2 heeft 3 cellen in plaats van 6.") },
      },
    });
    await editLetterSection({
      actor,
      input: {
        letterId,
        version: 1,
        sectionKey: "samenvatting",
        heading: "Overzicht",
        body: "1 | Versterk | ADSB | Afgerond | volledig geïmplementeerd | Geen\n2 | Train | FIN | Loopt | gedeeltelijk | 1 september 2023",
      },
    });
    const table = (await contentOf(letterId, 2)).content.sections[2]!;
    expect(table).toMatchObject({
      kind: "table",
      rows: [
        ["1", "Versterk", "ADSB", "Afgerond", "volledig geïmplementeerd", "Geen"],
        ["2", "Train", "FIN", "Loopt", "gedeeltelijk", "1 september 2023"],
      ],
    });
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: letterId, kind: "LETTER_EDITED" },
    });
    expect(event.after).toMatchObject({ section: "Overzicht", rows: expect.stringContaining("2 | Train | FIN") });
  });

  it("asks for a heading where the section has one, and refuses an unknown section", async () => {
    const actor = await coordinator();
    const { letterId } = await insertLetterDraft(database.prisma);
    await expect(
      editLetterSection({ actor, input: { letterId, version: 1, sectionKey: "aanleiding", body: "Tekst." } }),
    ).rejects.toMatchObject({ details: { fieldError: { field: "heading" } } });
    await expect(
      editLetterSection({ actor, input: { letterId, version: 1, sectionKey: "bestaat-niet", body: "Tekst." } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("hostile input", () => {
  it("stores markup-looking and HTML text verbatim (React escapes it), and refuses a body over 20,000 characters", async () => {
    const actor = await coordinator();
    const { letterId } = await insertLetterDraft(database.prisma);
    const body = '<script>alert(1)</script> & "quotes" | # _ ** ongepaard';
    await editLetterSection({
      actor,
      input: EditLetterSectionSchema.parse({ letterId, version: "1", sectionKey: "afsluiting", body }),
    });
    expect((await contentOf(letterId, 2)).content.sections[3]).toMatchObject({ body });
    const long = EditLetterSectionSchema.safeParse({
      letterId,
      version: "2",
      sectionKey: "afsluiting",
      body: "a".repeat(20_001),
    });
    expect(long.error?.issues).toMatchObject([{ path: ["body"], message: "Gebruik hoogstens 20.000 tekens." }]);
    expect(
      EditLetterSectionSchema.safeParse({ letterId, version: "2", sectionKey: "afsluiting", body: "  \r\n " }).error
        ?.issues,
    ).toMatchObject([{ path: ["body"], message: "Vul de tekst in." }]);
  });
});

describe("editLetterDetails", () => {
  it("saves letterhead and signatories as a new version; the event names only what changed", async () => {
    const actor = await coordinator();
    const { letterId } = await insertLetterDraft(database.prisma);
    const input = EditLetterDetailsSchema.parse({
      letterId,
      version: "1",
      date: "2023-04-12",
      subject: "Voortgang opvolging aanbevelingen evaluatie anti-omkopingsbeleid",
      reference: "2023-0000012345",
      "signatories.0.title": "de staatssecretaris van Financiën",
      "signatories.0.name": "M.L.A. van Rij",
      "signatories.1.title": "",
      "signatories.1.name": "",
    });
    expect(await editLetterDetails({ actor, input })).toMatchObject({ versionNumber: 2, changed: true });
    const v2 = await contentOf(letterId, 2);
    expect(v2.content.letterhead.date).toBe("2023-04-12");
    expect(v2.content.signatories).toEqual([{ title: "de staatssecretaris van Financiën", name: "M.L.A. van Rij" }]);
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityId: letterId, kind: "LETTER_EDITED" },
    });
    expect(event.before).toEqual({
      date: "2023-04-03",
      signatories: "de staatssecretaris van Financiën",
      versionNumber: 1,
    });
    expect(event.after).toEqual({
      date: "2023-04-12",
      signatories: "de staatssecretaris van Financiën, M.L.A. van Rij",
      versionNumber: 2,
    });
  });

  it("reads the form's signatory blocks: a name without a title is an error on that block, none at all too", () => {
    const base = { letterId: "x", version: "1", date: "2023-04-03", subject: "Betreft" };
    const missingTitle = EditLetterDetailsSchema.safeParse({
      ...base,
      "signatories.0.title": "de minister",
      "signatories.0.name": "",
      "signatories.1.title": "",
      "signatories.1.name": "A. Naam",
    });
    expect(missingTitle.error?.issues).toMatchObject([
      {
        path: ["signatories", 1, "title"],
        message: "Vul de titel van deze ondertekenaar in, of maak ook de naam leeg.",
      },
    ]);
    const none = EditLetterDetailsSchema.safeParse({ ...base, "signatories.0.title": " ", "signatories.0.name": "" });
    expect(none.error?.issues).toMatchObject([
      { path: ["signatories", 0, "title"], message: "Vul ten minste één ondertekenaar in." },
    ]);
    const badDate = EditLetterDetailsSchema.safeParse({
      ...base,
      date: "2023-02-30",
      "signatories.0.title": "de minister",
    });
    expect(badDate.error?.issues).toMatchObject([{ path: ["date"] }]);
  });
});

describe("restoreLetterVersion", () => {
  it("makes a new version (hersteld) with the old text and the old version's snapshot; nothing is deleted", async () => {
    const actor = await coordinator();
    const { letterId, snapshotId } = await insertLetterDraft(database.prisma);
    // A regenerated version 2 on a newer snapshot, as the composer would write it.
    const author = await database.prisma.user.findUniqueOrThrow({ where: { email: COORDINATOR } });
    const newer = await database.prisma.letterSnapshot.create({
      data: { letterDraftId: letterId, peildatum: fromCalendarDate("2023-05-01"), data: {}, createdById: author.id },
    });
    const v1 = await contentOf(letterId, 1);
    const changed = {
      ...v1.content,
      sections: v1.content.sections.map((s) =>
        s.key === "afsluiting" && s.kind === "text" ? { ...s, body: "Nieuwe afsluiting." } : s,
      ),
    };
    await database.prisma.letterDraftVersion.create({
      data: {
        letterDraftId: letterId,
        versionNumber: 2,
        kind: "REGENERATED",
        content: changed,
        snapshotId: newer.id,
        createdById: author.id,
      },
    });
    await database.prisma.letterDraft.update({
      where: { id: letterId },
      data: { latestVersionNumber: 2, snapshotId: newer.id, version: 2 },
    });

    expect(await restoreLetterVersion({ actor, input: { letterId, version: 2, versionNumber: 1 } })).toMatchObject({
      versionNumber: 3,
      changed: true,
      restoredFrom: 1,
    });
    const v3 = await contentOf(letterId, 3);
    expect(v3).toMatchObject({ kind: "RESTORED", note: "Hersteld van versie 1", snapshotId });
    expect(v3.content).toEqual(v1.content);
    expect(await database.prisma.letterDraft.findUniqueOrThrow({ where: { id: letterId } })).toMatchObject({
      latestVersionNumber: 3,
      snapshotId,
      version: 3,
    });
    expect(await database.prisma.letterDraftVersion.count({ where: { letterDraftId: letterId } })).toBe(3);
    expect(await database.prisma.auditEvent.findFirstOrThrow({ where: { entityId: letterId } })).toMatchObject({
      kind: "LETTER_RESTORED",
      after: { restoredFrom: 1, versionNumber: 3 },
    });

    // The page shows the peildatum of the restored text's snapshot.
    expect((await getLetterPage({ actor, id: letterId }))?.peildatum).toBe("2023-04-03");
    // Restoring the newest text again changes nothing.
    expect(await restoreLetterVersion({ actor, input: { letterId, version: 3, versionNumber: 1 } })).toMatchObject({
      versionNumber: 3,
      changed: false,
    });
    await expect(
      restoreLetterVersion({ actor, input: { letterId, version: 3, versionNumber: 9 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Versie 9 bestaat niet." });
  });
});

describe("remarks", () => {
  it("are made only on a letter in review, by a Bijdrager or Coördinator of any organisation", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "letters:remark",
      prepare: () => insertLetterDraft(database.prisma, { status: "IN_REVIEW" }),
      run: (actor, { letterId }) =>
        addLetterRemark({ actor, input: { letterId, sectionKey: "aanleiding", text: "Graag de datum noemen." } }),
    });
    expect(actual).toEqual(expected);
    expect(actual["CONTRIBUTOR van ADSB"]).toBe("allowed");
    expect(actual["READER van FIN"]).toBe("refused");

    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    for (const status of ["DRAFT", "APPROVED", "SENT"] as const) {
      const { letterId } = await insertLetterDraft(database.prisma, { status });
      // A Bijdrager cannot see a concept at all; later it is no longer open for remarks.
      await expect(
        addLetterRemark({ actor: contributor, input: { letterId, sectionKey: "aanleiding", text: "Te laat." } }),
      ).rejects.toMatchObject({ code: status === "DRAFT" ? "NOT_FOUND" : "INVALID" });
    }
    const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW" });
    await expect(
      addLetterRemark({ actor: contributor, input: { letterId, sectionKey: "weg", text: "Hier?" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("are tied to the section and version, audited, resolved by the Coördinator only, and listed open first", async () => {
    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const coordinatorActor = await coordinator();
    const reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW" });
    const first = await addLetterRemark({
      actor: contributor,
      input: { letterId, sectionKey: "aanbeveling-fixture", text: "Eerste opmerking." },
    });
    const second = await addLetterRemark({
      actor: contributor,
      input: { letterId, sectionKey: "aanbeveling-fixture", text: "Tweede opmerking." },
    });
    expect(await database.prisma.letterRemark.findUniqueOrThrow({ where: { id: first.remarkId } })).toMatchObject({
      sectionKey: "aanbeveling-fixture",
      versionNumber: 1,
      authorId: contributor.id,
      version: 1,
    });
    expect(
      await database.prisma.auditEvent.findFirstOrThrow({
        where: { entityType: "LetterRemark", entityId: first.remarkId },
      }),
    ).toMatchObject({
      kind: "REMARK_ADDED",
      after: { section: "Aanbeveling 1: Versterk de due diligence", text: "Eerste opmerking." },
    });

    await expect(
      resolveLetterRemark({ actor: contributor, input: { remarkId: first.remarkId, version: 1 } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await resolveLetterRemark({
      actor: coordinatorActor,
      input: { remarkId: first.remarkId, version: 1, resolution: "Tekst aangepast." },
    });
    expect(
      await database.prisma.auditEvent.findFirstOrThrow({
        where: { entityType: "LetterRemark", entityId: first.remarkId, kind: "REMARK_RESOLVED" },
      }),
    ).toMatchObject({
      actorId: coordinatorActor.id,
      after: { resolved: true, resolution: "Tekst aangepast." },
    });
    // Resolving again on the old form is a conflict, not a second resolution.
    await expect(
      resolveLetterRemark({ actor: coordinatorActor, input: { remarkId: first.remarkId, version: 1 } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const listed = (await listLetterRemarks({ actor: reader, letterId }))["aanbeveling-fixture"]!;
    expect(listed.map((remark) => [remark.text, remark.resolved?.resolution ?? null])).toEqual([
      ["Tweede opmerking.", null],
      ["Eerste opmerking.", "Tekst aangepast."],
    ]);
    expect(listed[1]!.resolved?.by).toBe(
      (await database.prisma.user.findUniqueOrThrow({ where: { email: COORDINATOR } })).name,
    );
    expect(second.letterId).toBe(letterId);
  });

  it("lets only the Coördinator resolve", async () => {
    const contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "letters:manage",
      prepare: async () => {
        const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW" });
        return addLetterRemark({
          actor: contributor,
          input: { letterId, sectionKey: "aanleiding", text: "Opmerking." },
        });
      },
      run: (actor, { remarkId }) => resolveLetterRemark({ actor, input: { remarkId, version: 1 } }),
    });
    expect(actual).toEqual(expected);
  });
});

describe("reading", () => {
  it("hides a concept from everyone but the Coördinator (the page 404s), with its remarks", async () => {
    const reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const coordinatorActor = await coordinator();
    const { letterId } = await insertLetterDraft(database.prisma, { status: "DRAFT" });
    const author = await database.prisma.user.findUniqueOrThrow({ where: { email: COORDINATOR } });
    await database.prisma.letterRemark.create({
      data: { letterDraftId: letterId, sectionKey: "aanleiding", versionNumber: 1, text: "Oud.", authorId: author.id },
    });
    expect(await getLetterPage({ actor: reader, id: letterId })).toBeNull();
    expect(await getLetterVersions({ actor: reader, id: letterId, page: 1 })).toBeNull();
    expect(await listLetterRemarks({ actor: reader, letterId })).toEqual({});
    const page = await getLetterPage({ actor: coordinatorActor, id: letterId });
    expect(page).toMatchObject({
      versionNumber: 1,
      peildatum: "2023-04-03",
      may: { manage: true, editText: true, remark: false },
    });
    expect(Object.keys(await listLetterRemarks({ actor: coordinatorActor, letterId }))).toEqual(["aanleiding"]);
  });

  it("gives the versions newest first and the word diff of the previous and newest by default", async () => {
    const actor = await coordinator();
    const { letterId } = await insertLetterDraft(database.prisma);
    await editLetterSection({
      actor,
      input: { letterId, version: 1, sectionKey: "afsluiting", body: "Ik houd uw Kamer graag op de hoogte." },
    });
    const versions = await getLetterVersions({ actor, id: letterId, page: 1 });
    expect(versions?.versions.map((version) => [version.versionNumber, version.kind])).toEqual([
      [2, "EDITED"],
      [1, "GENERATED"],
    ]);
    expect(versions?.compare).toMatchObject({ from: 1, to: 2, outcome: "diff" });
    expect(versions?.compare?.diff?.parts.find((part) => part.key === "afsluiting")).toMatchObject({
      change: "changed",
      bodyParts: expect.arrayContaining([{ text: "graag ", change: "added" }]),
    });
    expect((await getLetterVersions({ actor, id: letterId, page: 1, from: 1, to: 7 }))?.compare?.outcome).toBe(
      "not-found",
    );
  });
});
