// The fixture other letter tests build on holds a letter the read path accepts.
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "../seeded-database";
import { insertLetterDraft } from "../letter-fixture";
import { parseLetterContent } from "@/lib/letters/letter-content";
import { parseLetterSnapshot } from "@/lib/letters/letter-snapshot";
import { canReadLetter } from "@/lib/letters/letter-status";

const database = setUpSeededDatabase();

describe("letter fixture", () => {
  it("inserts a letter whose version and snapshot parse, readable by the coordinator only while concept", async () => {
    const { letterId } = await insertLetterDraft(database.prisma);
    const letter = await database.prisma.letterDraft.findUniqueOrThrow({
      where: { id: letterId },
      include: { versions: true, snapshot: true },
    });
    expect(letter.latestVersionNumber).toBe(1);
    expect(parseLetterContent(letter.versions[0]?.content).sections).toHaveLength(4);
    expect(parseLetterSnapshot(letter.snapshot?.data).peildatum).toBe("2023-04-03");
    expect(canReadLetter(await actorFor(database, "coordinator@fin.demo.opvolging.nl"), letter.status)).toBe(true);
    expect(canReadLetter(await actorFor(database, "lezer@bz.demo.opvolging.nl"), letter.status)).toBe(false);
    expect(canReadLetter(await actorFor(database, "lezer@bz.demo.opvolging.nl"), "IN_REVIEW")).toBe(true);
  });
});
