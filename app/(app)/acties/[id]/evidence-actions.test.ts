// The evidence server actions with a FormData as the browser posts it: a refused file's
// message lands next to the file field, a bad link next to the url field, the title and
// link typed stay in the form, and a success adds the evidence. Only the session is mocked.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import type { Actor } from "@/lib/auth/actor";
import { idle } from "@/lib/actions/action-result";
import { pdfFile, windowsExecutableFile, type SampleFile } from "@/test/fixtures/evidence/files";
import { addEvidenceAction, removeEvidenceAction } from "./evidence-actions";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/require-user", () => ({
  getActor: async () => session.actor,
  requireUser: async () => {
    if (!session.actor) throw new Error("niet ingelogd");
    return session.actor;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const database = setUpSeededDatabase();

let actionItemId: string;
beforeAll(async () => {
  session.actor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
  const organisation = await database.prisma.organisation.findUniqueOrThrow({ where: { code: "ADSB" } });
  const recommendation = await database.prisma.recommendation.findFirstOrThrow();
  const action = await database.prisma.actionItem.create({
    data: {
      recommendationId: recommendation.id,
      title: "Formuliertest",
      description: "x",
      ownerOrganisationId: organisation.id,
      dueDate: new Date("2023-06-30"),
    },
  });
  actionItemId = action.id;
});

function form(fields: Record<string, string>, file?: SampleFile): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  // A browser always posts the file field, empty when no file was chosen.
  data.set(
    "file",
    file
      ? new File([new Uint8Array(file.buffer)], file.name, { type: file.mimeType })
      : new File([], "", { type: "application/octet-stream" }),
  );
  return data;
}

describe("addEvidenceAction", () => {
  it("puts a renamed executable's refusal next to the file field and keeps the title", async () => {
    const result = await addEvidenceAction(
      idle,
      form({ actionItemId, kind: "FILE", title: "Rapport" }, windowsExecutableFile()),
    );
    expect(result).toMatchObject({
      status: "invalid",
      fieldErrors: {
        file: expect.stringContaining("‘rapport.pdf’ is geen PDF-, Word-, Excel-, PowerPoint-, PNG- of JPEG-bestand"),
      },
      values: { title: "Rapport", kind: "FILE" },
    });
  });

  it("puts a javascript: link's refusal next to the url field and keeps what was typed", async () => {
    const result = await addEvidenceAction(
      idle,
      form({ actionItemId, kind: "LINK", title: "Link", url: "javascript:alert(1)" }),
    );
    expect(result).toMatchObject({
      status: "invalid",
      fieldErrors: { url: expect.stringContaining("https://") },
      values: { url: "javascript:alert(1)", title: "Link" },
    });
  });

  it("adds a PDF, and a link while ignoring an empty file field", async () => {
    expect(
      await addEvidenceAction(idle, form({ actionItemId, kind: "FILE", title: "Verslag" }, pdfFile())),
    ).toMatchObject({ status: "success", message: "Het bewijsstuk is toegevoegd." });
    expect(
      await addEvidenceAction(
        idle,
        form({ actionItemId, kind: "LINK", title: "Kamerbrief", url: "https://www.tweedekamer.nl/kamerstukken" }),
      ),
    ).toMatchObject({ status: "success" });
    expect(
      await database.prisma.evidence.findMany({
        where: { actionItemId },
        select: { kind: true, title: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([
      { kind: "FILE", title: "Verslag" },
      { kind: "LINK", title: "Kamerbrief" },
    ]);
  });
});

describe("removeEvidenceAction", () => {
  it("confirms with the title, and reports a second removal with the same version as a colleague's change", async () => {
    const evidence = await database.prisma.evidence.findFirstOrThrow({ where: { actionItemId, kind: "LINK" } });
    const fields = { actionItemId, evidenceId: evidence.id, version: String(evidence.version) };
    expect(await removeEvidenceAction(idle, form(fields))).toMatchObject({
      status: "success",
      message: "Het bewijsstuk ‘Kamerbrief’ is verwijderd.",
    });
    expect(await removeEvidenceAction(idle, form(fields))).toMatchObject({
      status: "conflict",
      message: expect.stringMatching(/^Gewijzigd door Pieter Bakker om \d{2}:\d{2}\.$/),
      conflict: { changes: [{ field: "removed", before: false, after: true }] },
    });
  });
});
