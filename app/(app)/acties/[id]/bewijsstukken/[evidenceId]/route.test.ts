// The download route as a browser meets it: 401 without a session, the file as an
// attachment with the checked type and safe headers, 404 for another action's evidence,
// a removed one or a link. Only the session is mocked.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import type { Actor } from "@/lib/auth/actor";
import { addEvidenceFile } from "@/lib/evidence/add-evidence-file";
import { addEvidenceLink } from "@/lib/evidence/add-evidence-link";
import { removeEvidence } from "@/lib/evidence/remove-evidence";
import { asFile, docxFile, pdfFile } from "@/test/fixtures/evidence/files";
import { GET } from "./route";
import { createTestActionItem } from "@/test/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/require-user", () => ({
  getActor: async () => session.actor,
  requireUser: async () => {
    if (!session.actor) throw new Error("niet ingelogd");
    return session.actor;
  },
}));

const database = setUpSeededDatabase();

let contributor: Actor;
let reader: Actor;
beforeAll(async () => {
  contributor = await actorFor(database, "bijdrager@adsb.demo.opvolging.nl");
  reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
});

function download(actor: Actor | null, actionItemId: string, evidenceId: string): Promise<Response> {
  session.actor = actor;
  return GET(new Request(`http://localhost/acties/${actionItemId}/bewijsstukken/${evidenceId}`), {
    params: Promise.resolve({ id: actionItemId, evidenceId }),
  }).finally(() => {
    session.actor = null;
  });
}

describe("GET /acties/[id]/bewijsstukken/[evidenceId]", () => {
  it("sends the file as an attachment with its checked type, its length and no caching", async () => {
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const sample = docxFile("Notitie coördinatie.docx");
    const { evidenceId } = await addEvidenceFile({
      actor: contributor,
      input: { actionItemId: action.id, title: "Notitie", file: asFile(sample) },
    });
    const response = await download(reader, action.id, evidenceId);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "content-length": String(sample.buffer.length),
      "content-disposition": `attachment; filename="Notitie coordinatie.docx"; filename*=UTF-8''Notitie%20co%C3%B6rdinatie.docx`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(sample.buffer)).toBe(true);
  });

  it("answers 401 without a session, and sends nothing", async () => {
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const { evidenceId } = await addEvidenceFile({
      actor: contributor,
      input: { actionItemId: action.id, title: "Verslag", file: asFile(pdfFile()) },
    });
    const response = await download(null, action.id, evidenceId);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(await response.text()).toBe("Log in om dit bewijsstuk te downloaden.");
  });

  it("answers 404 for another action's evidence, a removed file and a link", async () => {
    const action = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const other = await createTestActionItem(database.prisma, { organisation: "ADSB" });
    const { evidenceId } = await addEvidenceFile({
      actor: contributor,
      input: { actionItemId: action.id, title: "Verslag", file: asFile(pdfFile()) },
    });
    expect((await download(reader, other.id, evidenceId)).status).toBe(404);
    expect((await download(reader, action.id, "bestaat-niet")).status).toBe(404);

    const link = await addEvidenceLink({
      actor: contributor,
      input: { actionItemId: action.id, title: "Link", url: "https://example.org/" },
    });
    expect((await download(reader, action.id, link.evidenceId)).status).toBe(404);

    await removeEvidence({ actor: contributor, input: { actionItemId: action.id, evidenceId, version: 1 } });
    const removed = await download(reader, action.id, evidenceId);
    expect(removed.status).toBe(404);
    expect(await removed.text()).toBe("Dit bewijsstuk bestaat niet (meer).");
  });
});
