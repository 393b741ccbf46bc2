// Hostile input through a real server action: control characters, an id that is no id, a
// huge text, a stale version. Each gets a Dutch message and writes nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import type { Actor } from "@/lib/auth/actor";
import { idle } from "@/lib/actions/action-result";
import { uploadReadLimiter, MAX_UPLOAD_READS, MAX_WAITING_UPLOAD_READS } from "@/lib/uploads/run-in-worker";
import { importWorkbookBytes, testRow } from "@/test/fixtures/import-files";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/require-user", () => ({
  getActor: async () => session.actor,
  requireUser: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const database = setUpSeededDatabase();
const { addProgressUpdateAction } = await import("@/app/(app)/acties/[id]/actions");
const { importSpreadsheetAction } = await import("@/app/(app)/beheer/import/actions");

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("runFormAction on hostile input", () => {
  let actionId: string;
  beforeAll(async () => {
    session.actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    actionId = (await database.prisma.actionItem.findFirstOrThrow({ where: { status: "IN_PROGRESS" } })).id;
  });

  async function journalSize() {
    return database.prisma.progressUpdate.count({ where: { actionItemId: actionId } });
  }

  it.each([
    ["a NUL in the text", { text: "voortgang\u0000" }, "text", "stuurtekens"],
    ["a bell in an extra field", { text: "ok", extra: "\u0007" }, "extra", "stuurtekens"],
    ["an id that is no id", { actionItemId: "x'; DROP TABLE" }, "actionItemId", "bestaat niet"],
    ["a huge text", { text: "a".repeat(100_000) }, "text", "hoogstens 4.000"],
    ["no version", { version: "" }, "version", "verouderd"],
  ])("refuses %s with a Dutch message and writes nothing", async (_case, fields, field, message) => {
    const before = await journalSize();
    const result = await addProgressUpdateAction(
      idle,
      form({ actionItemId: actionId, version: "1", text: "Voortgang", ...fields }),
    );
    expect(result.status).toBe("invalid");
    expect(result.status === "invalid" && result.fieldErrors[field]).toContain(message);
    expect(await journalSize()).toBe(before);
  });

  it("keeps tabs and line breaks, which belong in a text", async () => {
    const action = await database.prisma.actionItem.findUniqueOrThrow({ where: { id: actionId } });
    const result = await addProgressUpdateAction(
      idle,
      form({ actionItemId: actionId, version: String(action.version), text: "Regel 1\r\nRegel\t2" }),
    );
    expect(result.status).toBe("success");
  });

  it("answers a stale version with the conflict, not an error", async () => {
    const result = await addProgressUpdateAction(
      idle,
      form({ actionItemId: actionId, version: "1", text: "Te laat opgeslagen" }),
    );
    expect(result.status).toBe("conflict");
  });
});

describe("runFormAction on a busy server", () => {
  it("answers an upload while every upload worker is taken with the Dutch sentence, keeping the input", async () => {
    session.actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    const data = form({ intent: "check", extra: "blijft staan" });
    data.set("file", new File([await importWorkbookBytes([testRow(700, 1)])], "import.xlsx"));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const places = Array.from({ length: MAX_UPLOAD_READS + MAX_WAITING_UPLOAD_READS }, () =>
      uploadReadLimiter().run(() => held),
    );
    try {
      const result = await importSpreadsheetAction(idle, data);
      expect(result).toMatchObject({
        status: "invalid",
        message: "Probeer het over een minuut opnieuw.",
        values: { extra: "blijft staan" },
      });
    } finally {
      release();
      await Promise.all(places);
    }
    // Once a place is free, the same file is read.
    expect((await importSpreadsheetAction(idle, data)).status).toBe("success");
  });
});
