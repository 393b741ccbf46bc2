// The two download routes as a browser meets them: an attachment with the letter's file
// name and a LETTER_DOWNLOADED event with the format; 401 signed out; 404 for a concept a
// Lezer may not read yet; and 503 with the Dutch reason where the server has no Chromium.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { insertLetterDraft } from "@/test/letter-fixture";
import type { Actor } from "@/lib/auth/actor";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/require-user", () => ({
  getActor: async () => session.actor,
  requireUser: async () => session.actor,
}));

const database = setUpSeededDatabase();
const word = await import("./word/route");

function call(
  route: { GET: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response> },
  id: string,
) {
  return route.GET(new Request(`http://localhost/kamerbrieven/${id}/x`), { params: Promise.resolve({ id }) });
}

describe("Downloaden als Word", () => {
  let reader: Actor;
  beforeAll(async () => {
    reader = await actorFor(database, "lezer@bz.demo.opvolging.nl");
  });

  it("gives the .docx as an attachment named after the letter's date, and records the download", async () => {
    const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW" });
    session.actor = reader;
    const response = await call(word, letterId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("Content-Disposition")).toBe(
      'attachment; filename="Kamerbrief-voortgang-anti-omkoping-2023-04-03.docx"',
    );
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const event = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "LetterDraft", entityId: letterId, kind: "LETTER_DOWNLOADED" },
    });
    expect(event).toMatchObject({ actorId: reader.id, after: { format: "docx", versionNumber: 1 } });
  });

  it("answers 404 for a concept to a Lezer, and 401 to no one signed in", async () => {
    const { letterId } = await insertLetterDraft(database.prisma, { status: "DRAFT" });
    session.actor = reader;
    expect((await call(word, letterId)).status).toBe(404);
    expect((await call(word, "not an id")).status).toBe(404);
    session.actor = null;
    const signedOut = await call(word, letterId);
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).toBe("Log in om de Kamerbrief te downloaden.");
    expect(await database.prisma.auditEvent.count({ where: { entityId: letterId, kind: "LETTER_DOWNLOADED" } })).toBe(
      0,
    );
  });
});

describe("Downloaden als PDF without Chromium", () => {
  it("answers 503 with the Dutch reason and records nothing", async () => {
    // Only that path: neither the system's Chromium nor the npm package's may stand in for it.
    vi.stubEnv("CHROMIUM_SOURCE", "system");
    vi.stubEnv("CHROMIUM_PATH", "/nergens/chromium");
    vi.resetModules();
    const pdf = await import("./pdf/route");
    const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW" });
    session.actor = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const response = await call(pdf, letterId);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("er is geen Chromium geïnstalleerd");
    expect(await database.prisma.auditEvent.count({ where: { entityId: letterId, kind: "LETTER_DOWNLOADED" } })).toBe(
      0,
    );
    vi.unstubAllEnvs();
  });
});
