// Evidence against PostgreSQL: each accepted type in and out byte for byte, every refusal
// (renamed executables, a plain zip, a macro document, empty, over 10 MB, a link that is not
// http(s)), who may add and remove, the version on removal, and the audit events.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { runAsEveryActor } from "@/test/every-actor";
import { countStatements } from "@/test/count-statements";
import { addEvidenceFile } from "@/lib/evidence/add-evidence-file";
import { addEvidenceLink } from "@/lib/evidence/add-evidence-link";
import { removeEvidence } from "@/lib/evidence/remove-evidence";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { getEvidenceFile } from "@/lib/evidence/get-evidence-file";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/evidence-file-types";
import { AddEvidenceSchema } from "@/lib/validation/evidence";
import { AppError } from "@/lib/errors";
import {
  asFile,
  docmFile,
  docxFile,
  elfExecutableFile,
  emptyFile,
  jpegFile,
  pdfFile,
  plainZipFile,
  pngFile,
  pptxFile,
  windowsExecutableFile,
  xlsxFile,
  type SampleFile,
} from "@/test/fixtures/evidence/files";
import { createTestActionItem } from "@/test/factories";

const database = setUpSeededDatabase();

const CONTRIBUTOR_ADSB = "bijdrager@adsb.demo.opvolging.nl";
const COORDINATOR = "coordinator@fin.demo.opvolging.nl";

async function addFile(sample: SampleFile, actionItemId?: string) {
  const actor = await actorFor(database, CONTRIBUTOR_ADSB);
  const action = actionItemId ?? (await createTestActionItem(database.prisma, { organisation: "ADSB" })).id;
  return addEvidenceFile({
    actor,
    input: { actionItemId: action, title: `Bewijs ${sample.name}`, file: asFile(sample) },
  });
}

async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("addEvidenceFile: the type comes from the content", () => {
  const accepted: [string, () => SampleFile | Promise<SampleFile>, string, string][] = [
    ["a PDF", () => pdfFile(), "application/pdf", "verslag.pdf"],
    ["a PNG", () => pngFile(), "image/png", "foto.png"],
    ["a JPEG", () => jpegFile(), "image/jpeg", "foto.jpg"],
    [
      "an Excel workbook",
      () => xlsxFile(),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "planning.xlsx",
    ],
    [
      "a Word document",
      () => docxFile(),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "notitie.docx",
    ],
    [
      "a PowerPoint presentation",
      () => pptxFile(),
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "presentatie.pptx",
    ],
  ];
  for (const [what, make, mediaType, fileName] of accepted) {
    it(`accepts ${what} and stores its exact bytes with the checked type`, async () => {
      const sample = await make();
      const { evidenceId } = await addFile(sample);
      const stored = await database.prisma.evidence.findUniqueOrThrow({ where: { id: evidenceId } });
      expect(stored).toMatchObject({
        kind: "FILE",
        mediaType,
        fileName,
        sizeBytes: sample.buffer.length,
        url: null,
        removedAt: null,
        version: 1,
      });
      expect(Buffer.from(stored.content!).equals(sample.buffer)).toBe(true);
    });
  }

  it("takes the type from the content, not the name or the browser's type: a PDF sent as .png is a PDF named .png.pdf", async () => {
    const sample = { ...pdfFile("scan.png"), mimeType: "image/png" };
    const { evidenceId } = await addFile(sample);
    expect(await database.prisma.evidence.findUniqueOrThrow({ where: { id: evidenceId } })).toMatchObject({
      mediaType: "application/pdf",
      fileName: "scan.png.pdf",
    });
  });

  const refused: [string, () => SampleFile, RegExp][] = [
    [
      "a Windows executable named .pdf",
      () => windowsExecutableFile(),
      /‘rapport\.pdf’ is geen PDF-, Word-, Excel-, PowerPoint-, PNG- of JPEG-bestand/,
    ],
    ["a Linux executable named .pdf", () => elfExecutableFile(), /‘rapport\.pdf’ is geen PDF-/],
    ["a plain zip named .docx", () => plainZipFile(), /‘stukken\.docx’ is geen PDF-/],
    ["a macro-enabled Word file named .docx", () => docmFile(), /‘notitie\.docx’ is geen PDF-/],
    [
      "a text file",
      () => ({ name: "notities.pdf", mimeType: "application/pdf", buffer: Buffer.from("Gewoon tekst, geen PDF.") }),
      /geen PDF-/,
    ],
    ["an empty file", () => emptyFile(), /^Het bestand ‘leeg\.pdf’ is leeg\./],
  ];
  for (const [what, make, message] of refused) {
    it(`refuses ${what} next to the file field, storing nothing`, async () => {
      const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
      const error = await refusalOf(addFile(make(), action.id));
      expect(error.code).toBe("INVALID");
      expect(error.details.fieldError?.field).toBe("file");
      expect(error.details.fieldError?.message).toMatch(message);
      expect(await database.prisma.evidence.count({ where: { actionItemId: action.id } })).toBe(0);
      expect(
        await database.prisma.auditEvent.count({
          where: { entityType: "Evidence", after: { path: ["actionItemId"], equals: action.id } },
        }),
      ).toBe(0);
    });
  }

  it("asks for a file when none was chosen (a browser then posts an empty, nameless one)", async () => {
    const actor = await actorFor(database, CONTRIBUTOR_ADSB);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const error = await refusalOf(
      addEvidenceFile({ actor, input: { actionItemId: action.id, title: "Zonder bestand", file: new File([], "") } }),
    );
    expect(error.details.fieldError).toEqual({ field: "file", message: "Kies een bestand." });
    const missing = await refusalOf(
      addEvidenceFile({ actor, input: { actionItemId: action.id, title: "Zonder bestand", file: null } }),
    );
    expect(missing.details.fieldError?.message).toBe("Kies een bestand.");
  });

  it("accepts exactly 10 MB and refuses one byte more, naming the limit in Dutch", async () => {
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const small = await countStatements(database.url, () => addFile(pdfFile("klein.pdf"), action.id));
    const atLimit = Buffer.alloc(MAX_EVIDENCE_BYTES);
    pdfFile().buffer.copy(atLimit);
    // The insert runs inside the transaction's time limit, so succeeding is the proof that it
    // fits; the statement count shows the bytes go in as one value, as a small file's do.
    const large = await countStatements(database.url, () =>
      addFile({ name: "groot.pdf", mimeType: "application/pdf", buffer: atLimit }, action.id),
    );
    expect(large.statements).toBe(small.statements);
    expect(
      await database.prisma.evidence.findUniqueOrThrow({
        where: { id: large.result.evidenceId },
        select: { sizeBytes: true },
      }),
    ).toEqual({ sizeBytes: MAX_EVIDENCE_BYTES });

    const overLimit = Buffer.alloc(MAX_EVIDENCE_BYTES + 1);
    pdfFile().buffer.copy(overLimit);
    const error = await refusalOf(addFile({ name: "te-groot.pdf", mimeType: "application/pdf", buffer: overLimit }));
    expect(error.details.fieldError).toEqual({
      field: "file",
      message:
        "Het bestand ‘te-groot.pdf’ is 10,1 MB; een bewijsstuk mag hoogstens 10 MB zijn. Verklein het bestand, splits het, of voeg een link naar het document toe.",
    });
  });

  it("keeps the original name, cleaned of a path and of a right-to-left override", async () => {
    const { evidenceId } = await addFile(pdfFile("C:\\fakepath\\..\\rapport\u202Efdp.exe.pdf"));
    expect(await database.prisma.evidence.findUniqueOrThrow({ where: { id: evidenceId } })).toMatchObject({
      fileName: "rapportfdp.exe.pdf",
    });
  });

  it("writes EVIDENCE_ADDED with the name, type, size and SHA-256, never the bytes", async () => {
    const actor = await actorFor(database, CONTRIBUTOR_ADSB);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const sample = pdfFile();
    const { evidenceId } = await addEvidenceFile({
      actor,
      input: { actionItemId: action.id, title: "Verslag", file: asFile(sample) },
    });
    const events = await database.prisma.auditEvent.findMany({
      where: { entityType: "Evidence", entityId: evidenceId },
    });
    const { createHash } = await import("node:crypto");
    expect(events).toEqual([
      expect.objectContaining({
        actorId: actor.id,
        kind: "EVIDENCE_ADDED",
        before: null,
        after: {
          actionItemId: action.id,
          kind: "FILE",
          title: "Verslag",
          fileName: "verslag.pdf",
          mediaType: "application/pdf",
          sizeBytes: sample.buffer.length,
          sha256: createHash("sha256").update(sample.buffer).digest("hex"),
        },
      }),
    ]);
    expect(JSON.stringify(events[0]!.after)).not.toContain("%PDF");
  });
});

describe("adding evidence: who may", () => {
  it("lets a Bijdrager add to their own organisation's actions, a Coördinator to all, a Lezer and a Beheerder to none", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "actions:update",
      organisationCode: "ADSB",
      prepare: () => createTestActionItem(database.prisma, { organisation: "ADSB" }),
      run: (actor, action) =>
        addEvidenceFile({ actor, input: { actionItemId: action.id, title: "Bewijs", file: asFile(pdfFile()) } }),
    });
    expect(actual).toEqual(expected);
    expect(actual["CONTRIBUTOR van ADSB"]).toBe("allowed");
    expect(actual["CONTRIBUTOR van FIN"]).toBe("refused");
    expect(actual["READER van ADSB"]).toBe("refused");
  });

  it("refuses the permission before looking at the file: a Lezer's executable is refused as a Lezer, not as a file", async () => {
    const reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const error = await refusalOf(
      addEvidenceFile({
        actor: reader,
        input: { actionItemId: action.id, title: "x", file: asFile(windowsExecutableFile()) },
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe("U heeft geen toestemming voor deze handeling.");
  });

  it("applies the same rule to links", async () => {
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "actions:update",
      organisationCode: "FIN",
      prepare: () => createTestActionItem(database.prisma, { organisation: "FIN" }),
      run: (actor, action) =>
        addEvidenceLink({
          actor,
          input: { actionItemId: action.id, title: "Kamerbrief", url: "https://www.tweedekamer.nl/" },
        }),
    });
    expect(actual).toEqual(expected);
  });
});

describe("links", () => {
  it("stores an http(s) link with its audit event", async () => {
    const actor = await actorFor(database, COORDINATOR);
    const action = await createTestActionItem(database.prisma, { organisation: "BZ" });
    const input = AddEvidenceSchema.parse({
      kind: "LINK",
      actionItemId: action.id,
      title: " Plan van aanpak ",
      url: " https://zoek.officielebekendmakingen.nl/kst-36200-IX-11.html ",
    });
    if (input.kind !== "LINK") throw new Error("een link verwacht");
    expect(input).toEqual({
      kind: "LINK",
      actionItemId: action.id,
      title: "Plan van aanpak",
      url: "https://zoek.officielebekendmakingen.nl/kst-36200-IX-11.html",
    });
    const { evidenceId } = await addEvidenceLink({ actor, input });
    expect(await database.prisma.evidence.findUniqueOrThrow({ where: { id: evidenceId } })).toMatchObject({
      kind: "LINK",
      url: input.url,
      content: null,
      fileName: null,
    });
    const [event] = await database.prisma.auditEvent.findMany({
      where: { entityType: "Evidence", entityId: evidenceId },
    });
    expect(event).toMatchObject({
      kind: "EVIDENCE_ADDED",
      after: { kind: "LINK", title: "Plan van aanpak", url: input.url },
    });
  });

  it.each([
    [
      "javascript:alert(document.cookie)",
      "Vul een volledig webadres in dat begint met https:// of http://, bijvoorbeeld https://www.rijksoverheid.nl.",
    ],
    [
      "ftp://ftp.example.org/rapport.pdf",
      "Vul een volledig webadres in dat begint met https:// of http://, bijvoorbeeld https://www.rijksoverheid.nl.",
    ],
    [
      "data:text/html,<script>alert(1)</script>",
      "Vul een volledig webadres in dat begint met https:// of http://, bijvoorbeeld https://www.rijksoverheid.nl.",
    ],
    [
      "www.rijksoverheid.nl",
      "Vul een volledig webadres in dat begint met https:// of http://, bijvoorbeeld https://www.rijksoverheid.nl.",
    ],
    [
      "https://www.rijksoverheid.nl@kwaadwillend.example/",
      "Een webadres met een gebruikersnaam of wachtwoord erin kan niet worden toegevoegd. Laat die weg.",
    ],
    ["  ", "Vul het webadres in."],
  ])("refuses %s next to the url field", (url, message) => {
    const result = AddEvidenceSchema.safeParse({ kind: "LINK", actionItemId: "x", title: "Link", url });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["url", message]]);
  });

  it("asks for a title and a known kind", () => {
    const untitled = AddEvidenceSchema.safeParse({ kind: "FILE", actionItemId: "x", title: "" });
    expect(untitled.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["title", "Vul een titel in."],
    ]);
    const unknown = AddEvidenceSchema.safeParse({ kind: "EXE", actionItemId: "x", title: "t" });
    expect(unknown.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["kind", "Kies een van de mogelijkheden."],
    ]);
  });
});

describe("removeEvidence", () => {
  it("removes softly with the version, and writes EVIDENCE_REMOVED", async () => {
    const actor = await actorFor(database, CONTRIBUTOR_ADSB);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const { evidenceId } = await addFile(pdfFile(), action.id);
    await removeEvidence({ actor, input: { actionItemId: action.id, evidenceId, version: 1 } });
    const stored = await database.prisma.evidence.findUniqueOrThrow({ where: { id: evidenceId } });
    expect(stored).toMatchObject({ version: 2, removedAt: expect.any(Date) });
    expect(stored.content).not.toBeNull(); // kept: removal hides it, the backup and audit trail keep it
    const removal = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "Evidence", entityId: evidenceId, kind: "EVIDENCE_REMOVED" },
    });
    expect(removal).toMatchObject({
      actorId: actor.id,
      before: { removed: false, title: "Bewijs verslag.pdf" },
      after: { removed: true, title: "Bewijs verslag.pdf" },
    });
    expect(await listEvidence({ actor, actionItemId: action.id })).toEqual([]);
  });

  it("lets exactly one of two removals with the same version win; the other learns who removed it", async () => {
    const contributor = await actorFor(database, CONTRIBUTOR_ADSB);
    const coordinator = await actorFor(database, COORDINATOR);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const { evidenceId } = await addFile(pdfFile(), action.id);
    const results = await Promise.allSettled([
      removeEvidence({ actor: contributor, input: { actionItemId: action.id, evidenceId, version: 1 } }),
      removeEvidence({ actor: coordinator, input: { actionItemId: action.id, evidenceId, version: 1 } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [rejected] = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(rejected!.reason).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Gewijzigd door (Pieter Bakker|Sanne de Vries) om \d{2}:\d{2}\.$/),
    });
    expect(rejected!.reason.details.conflict.changes).toEqual([{ field: "removed", before: false, after: true }]);
    expect(
      await database.prisma.auditEvent.count({
        where: { entityType: "Evidence", entityId: evidenceId, kind: "EVIDENCE_REMOVED" },
      }),
    ).toBe(1);
  });

  it("refuses a stale version after a removal, and evidence of another action as not found", async () => {
    const actor = await actorFor(database, CONTRIBUTOR_ADSB);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const other = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const { evidenceId } = await addFile(pdfFile(), action.id);
    expect(
      (await refusalOf(removeEvidence({ actor, input: { actionItemId: other.id, evidenceId, version: 1 } }))).code,
    ).toBe("NOT_FOUND");
    await removeEvidence({ actor, input: { actionItemId: action.id, evidenceId, version: 1 } });
    expect(
      (await refusalOf(removeEvidence({ actor, input: { actionItemId: action.id, evidenceId, version: 2 } }))).code,
    ).toBe("CONFLICT");
  });

  it("follows the permission table for every role and organisation", async () => {
    const owner = await actorFor(database, COORDINATOR);
    const { actual, expected } = await runAsEveryActor(database.prisma, {
      permission: "actions:update",
      organisationCode: "ADSB",
      prepare: async () => {
        const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
        const { evidenceId } = await addEvidenceLink({
          actor: owner,
          input: { actionItemId: action.id, title: "Link", url: "https://example.org/" },
        });
        return { actionItemId: action.id, evidenceId };
      },
      run: (actor, { actionItemId, evidenceId }) =>
        removeEvidence({ actor, input: { actionItemId, evidenceId, version: 1 } }),
    });
    expect(actual).toEqual(expected);
  });
});

describe("listing and reading", () => {
  it("lists oldest first without ever selecting the bytes, in one statement whatever the number of items", async () => {
    const actor = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    await addFile(pdfFile("eerste.pdf"), action.id);
    await addFile(pngFile("tweede.png"), action.id);
    const few = await countStatements(database.url, () => listEvidence({ actor, actionItemId: action.id }));
    expect(few.result.map((item) => item.fileName)).toEqual(["eerste.pdf", "tweede.png"]);
    expect(few.result[0]).not.toHaveProperty("content");
    expect(few.result[0]).toMatchObject({
      kind: "FILE",
      mediaType: "application/pdf",
      addedBy: "Pieter Bakker",
      version: 1,
    });
    for (let index = 0; index < 8; index += 1) await addFile(pngFile(`meer-${index}.png`), action.id);
    const many = await countStatements(database.url, () => listEvidence({ actor, actionItemId: action.id }));
    expect(many.result).toHaveLength(10);
    expect(many.statements).toBe(few.statements);
  });

  it("hands a file only for its own action, not when removed, not for a link; and logs the download", async () => {
    const reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const contributor = await actorFor(database, CONTRIBUTOR_ADSB);
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const other = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const sample = pngFile();
    const { evidenceId } = await addFile(sample, action.id);
    const file = await getEvidenceFile({ actor: reader, actionItemId: action.id, evidenceId });
    expect(file).toMatchObject({ fileName: "foto.png", mediaType: "image/png" });
    expect(Buffer.from(file!.content).equals(sample.buffer)).toBe(true);
    expect(
      await database.prisma.auditEvent.count({
        where: { entityId: evidenceId, kind: "EVIDENCE_DOWNLOADED", actorId: reader.id },
      }),
    ).toBe(1);

    expect(await getEvidenceFile({ actor: reader, actionItemId: other.id, evidenceId })).toBeNull();
    const link = await addEvidenceLink({
      actor: contributor,
      input: { actionItemId: action.id, title: "Link", url: "https://example.org/" },
    });
    expect(await getEvidenceFile({ actor: reader, actionItemId: action.id, evidenceId: link.evidenceId })).toBeNull();
    await removeEvidence({ actor: contributor, input: { actionItemId: action.id, evidenceId, version: 1 } });
    expect(await getEvidenceFile({ actor: reader, actionItemId: action.id, evidenceId })).toBeNull();
  });
});
