// The two download routes as a browser meets them: an attachment with the letter's file
// name and a LETTER_DOWNLOADED event with the format; 401 signed out; 404 for a concept a
// Lezer may not read yet; and 503 with the Dutch reason where the server has no Chromium.
// Each version's file is made once: a repeat download is a read (no second Chromium), still
// audited; a print over the queue's bounds gets 503 with Retry-After, and a print whose
// browser went away is dropped.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { actorFor, setUpSeededDatabase } from "@/test/seeded-database";
import { insertLetterDraft } from "@/test/letter-fixture";
import type { Actor } from "@/lib/auth/actor";
import { MAX_WAITING_PRINTS, printQueue } from "@/lib/letters/print-queue";

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
  return route.GET(new Request(`http://localhost/rapportages/${id}/x`), { params: Promise.resolve({ id }) });
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

const downloadEvents = (letterId: string) =>
  database.prisma.auditEvent.count({ where: { entityId: letterId, kind: "LETTER_DOWNLOADED" } });

describe("each version's file made once", () => {
  it("writes the Word file once; the second download is a read, and both are audited", async () => {
    const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW", title: "Eenmaal Word" });
    session.actor = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const renderings = () => database.prisma.letterRendering.count({ where: { format: "docx" } });
    const before = await renderings();
    const first = Buffer.from(await (await call(word, letterId)).arrayBuffer());
    const second = Buffer.from(await (await call(word, letterId)).arrayBuffer());
    expect(second.equals(first)).toBe(true);
    expect(await renderings()).toBe(before + 1);
    expect(await downloadEvents(letterId)).toBe(2);
  });
});

const chromiumThere = await import("@/lib/letters/print-pdf").then((module) => module.pdfPrinterAvailable());

describe.skipIf(!chromiumThere)("Downloaden als PDF, printed once", () => {
  it("starts no Chromium for the second download of the same version", { timeout: 90_000 }, async () => {
    vi.resetModules();
    const pdf = await import("./pdf/route");
    const { chromiumLaunches } = await import("@/lib/letters/print-pdf");
    const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW", title: "Eenmaal PDF" });
    session.actor = await actorFor(database, "lezer@bz.demo.opvolging.nl");
    const launches = chromiumLaunches();
    const first = await call(pdf, letterId);
    expect(first.status).toBe(200);
    const firstBytes = Buffer.from(await first.arrayBuffer());
    expect(firstBytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(chromiumLaunches()).toBe(launches + 1);
    const second = await call(pdf, letterId);
    expect(Buffer.from(await second.arrayBuffer()).equals(firstBytes)).toBe(true);
    expect(chromiumLaunches()).toBe(launches + 1);
    expect(await downloadEvents(letterId)).toBe(2);
  });
});

describe("Downloaden als PDF over the print queue's bounds", () => {
  /** Holds the one Chromium and `waiting` places behind it with stand-in prints until released. */
  function occupy(waiting: number) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = Array.from({ length: waiting + 1 }, () => printQueue().run({ ownerId: null }, () => released));
    return async () => {
      release();
      await Promise.all(held);
    };
  }

  it("answers 503 with Retry-After and the Dutch sentence, records nothing, and drops an abandoned print", async () => {
    // Any executable passes for a printer here: no print gets to run.
    vi.stubEnv("CHROMIUM_PATH", process.execPath);
    vi.resetModules();
    const pdf = await import("./pdf/route");
    const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW", title: "Wachtrij vol" });
    session.actor = await actorFor(database, "lezer@bz.demo.opvolging.nl");

    const free = occupy(MAX_WAITING_PRINTS);
    try {
      const refused = await call(pdf, letterId);
      expect(refused.status).toBe(503);
      expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect(await refused.text()).toContain("Probeer het over een minuut opnieuw.");
    } finally {
      await free();
    }

    // One place waiting: the print waits, its browser goes away, and it leaves the queue.
    const freeAgain = occupy(0);
    try {
      const browser = new AbortController();
      const abandoned = pdf.GET(
        new Request(`http://localhost/rapportages/${letterId}/pdf`, { signal: browser.signal }),
        {
          params: Promise.resolve({ id: letterId }),
        },
      );
      for (let tries = 0; tries < 50 && printQueue().size.waiting === 0; tries++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(printQueue().size.waiting).toBe(1);
      browser.abort();
      expect((await abandoned).status).toBe(503);
      expect(printQueue().size.waiting).toBe(0);
    } finally {
      await freeAgain();
    }
    expect(await downloadEvents(letterId)).toBe(0);
    vi.unstubAllEnvs();
  });
});
