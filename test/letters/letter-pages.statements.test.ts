// The letter page and the Versies tab cost the same number of SQL statements for a letter
// with two versions and no remarks as for one with 120 versions and 60 remarks (no query per
// version, section or remark).
import { describe, expect, it } from "vitest";
import { setUpSeededDatabase, actorFor } from "@/test/seeded-database";
import { countStatements } from "@/test/count-statements";
import { insertLetterDraft, fixtureLetterContent } from "@/test/letter-fixture";
import { getLetterPage } from "@/lib/letters/get-letter-page";
import { listLetterRemarks } from "@/lib/letters/list-letter-remarks";
import { getLetterVersions } from "@/lib/letters/get-letter-versions";
import type { Actor } from "@/lib/auth/actor";

const database = setUpSeededDatabase();

async function bigLetter(): Promise<string> {
  const { letterId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW" });
  const author = await database.prisma.user.findUniqueOrThrow({
    where: { email: "coordinator@fin.demo.opvolging.nl" },
  });
  const contributor = await database.prisma.user.findUniqueOrThrow({
    where: { email: "bijdrager@adsb.demo.opvolging.nl" },
  });
  const content = fixtureLetterContent();
  await database.prisma.letterDraftVersion.createMany({
    data: Array.from({ length: 119 }, (_, index) => ({
      letterDraftId: letterId,
      versionNumber: index + 2,
      kind: "EDITED",
      note: `Versie ${index + 2}`,
      content,
      createdById: author.id,
    })),
  });
  await database.prisma.letterDraft.update({ where: { id: letterId }, data: { latestVersionNumber: 120 } });
  const keys = content.sections.map((section) => section.key);
  await database.prisma.letterRemark.createMany({
    data: Array.from({ length: 60 }, (_, index) => ({
      letterDraftId: letterId,
      sectionKey: keys[index % keys.length]!,
      versionNumber: 1 + (index % 120),
      text: `Opmerking ${index}`,
      authorId: contributor.id,
      ...(index % 3 === 0 ? { resolvedAt: new Date(), resolvedById: author.id, resolution: "Gedaan." } : {}),
    })),
  });
  return letterId;
}

async function pageStatements(actor: Actor, letterId: string) {
  const letter = await countStatements(database.url, () =>
    Promise.all([getLetterPage({ actor, id: letterId }), listLetterRemarks({ actor, letterId })]),
  );
  const versions = await countStatements(database.url, () => getLetterVersions({ actor, id: letterId, page: 1 }));
  const laterPage = await countStatements(database.url, () =>
    getLetterVersions({ actor, id: letterId, page: 2, from: 3, to: 100 }),
  );
  return {
    letter: letter.statements,
    versions: versions.statements,
    laterPage: laterPage.statements,
    results: { letter: letter.result, versions: versions.result },
  };
}

describe("letter pages: statements", () => {
  it("are the same for a small and a large letter", async () => {
    const actor = await actorFor(database, "coordinator@fin.demo.opvolging.nl");
    // Two versions, so that it too has a pair to compare; no remarks.
    const { letterId: smallId } = await insertLetterDraft(database.prisma, { status: "IN_REVIEW" });
    await database.prisma.letterDraftVersion.create({
      data: {
        letterDraftId: smallId,
        versionNumber: 2,
        kind: "EDITED",
        content: fixtureLetterContent(),
        createdById: actor.id,
      },
    });
    await database.prisma.letterDraft.update({ where: { id: smallId }, data: { latestVersionNumber: 2 } });
    const largeId = await bigLetter();
    const small = await pageStatements(actor, smallId);
    const large = await pageStatements(actor, largeId);
    expect(large.results.versions?.versions).toHaveLength(50);
    expect(Object.values(large.results.letter[1]).flat()).toHaveLength(60);
    expect({ letter: large.letter, versions: large.versions, laterPage: large.laterPage }).toEqual({
      letter: small.letter,
      versions: small.versions,
      laterPage: small.laterPage,
    });
    console.log(
      `letter page: ${large.letter} statements; versions: ${large.versions}; versions page 2 with a diff: ${large.laterPage}`,
    );
    // Prisma sends a nested select as its own statement (no relation joins): letter, newest version, its author and snapshot; remarks with authors and resolvers.
    expect(large.letter).toBeLessThanOrEqual(7);
    expect(large.versions).toBeLessThanOrEqual(4);
  });
});
