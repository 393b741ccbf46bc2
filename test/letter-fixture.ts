// A Kamerbrief in the database without the composer, for tests of the pages and operations
// that work on an existing letter (editing, remarks, workflow, compare, export). The text is
// small but has every kind of part: letterhead, a text section with markup, a
// recommendation section, the summary table, sign-off and a signatory.
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import type { LetterStatus } from "@/lib/generated/prisma/enums.ts";
import { LetterContentSchema, SUMMARY_TABLE_COLUMNS, type LetterContent } from "@/lib/letters/letter-content";
import { fromCalendarDate } from "@/lib/calendar-date";
import { LetterSnapshotSchema, type LetterSnapshot } from "@/lib/letters/letter-snapshot";

export const FIXTURE_COMMITMENT_SEED_KEY = "toezegging-kamerbrief-implementatie-zomer-2023";

export function fixtureLetterContent(overrides: Partial<LetterContent> = {}): LetterContent {
  return LetterContentSchema.parse({
    schemaVersion: 1,
    letterhead: {
      date: "2023-04-03",
      subject: "Voortgang opvolging aanbevelingen evaluatie anti-omkopingsbeleid",
      reference: "2023-0000012345",
    },
    salutation: "Geachte voorzitter,",
    sections: [
      {
        key: "aanleiding",
        kind: "text",
        heading: "Aanleiding",
        body: "Zoals toegezegd informeer ik u over de **voortgang**.\n\n- eerste punt\n- tweede punt",
      },
      {
        key: "aanbeveling-fixture",
        kind: "text",
        heading: "Aanbeveling 1: Versterk de due diligence",
        body: "De stand van zaken is goed.",
      },
      {
        key: "samenvatting",
        kind: "table",
        heading: "Overzicht",
        columns: [...SUMMARY_TABLE_COLUMNS],
        rows: [
          ["1", "Versterk de due diligence", "ADSB", "Loopt", "gedeeltelijk geïmplementeerd", "Afronden, 1 juli 2023"],
        ],
      },
      { key: "afsluiting", kind: "text", heading: null, body: "Ik houd uw Kamer op de hoogte." },
    ],
    signOff: "Hoogachtend,",
    signatories: [{ title: "de staatssecretaris van Financiën", name: "" }],
    containsIllustrativeData: true,
    ...overrides,
  });
}

export function fixtureLetterSnapshot(commitmentId: string, overrides: Partial<LetterSnapshot> = {}): LetterSnapshot {
  return LetterSnapshotSchema.parse({
    schemaVersion: 1,
    peildatum: "2023-04-03",
    commitment: {
      id: commitmentId,
      title: "Kamerbrief over de implementatie van de aanbevelingen, voor de zomer van 2023",
      originalWording: "Voor de zomer van 2023 zal het kabinet middels een Kamerbrief hierover rapporteren.",
      dueDate: "2023-07-07",
      origin: "PARLIAMENTARY_DOCUMENT",
      originDocument: null,
      originDescription: null,
      responsibleMinister: "Staatssecretaris van Financiën",
      status: "OPEN",
      illustrative: false,
    },
    evaluations: [],
    planOfAction: null,
    previousLetter: null,
    recommendations: [],
    ...overrides,
  });
}

/** Inserts a letter with one version (GENERATED) and its snapshot; returns the ids. */
export async function insertLetterDraft(
  prisma: PrismaClient,
  options: {
    status?: LetterStatus;
    createdByEmail?: string;
    title?: string;
    content?: LetterContent;
    snapshot?: (commitmentId: string) => LetterSnapshot;
    /** Another commitment than the seeded one, e.g. for a test that marks it voldaan. */
    commitmentId?: string;
  } = {},
): Promise<{ letterId: string; commitmentId: string; snapshotId: string }> {
  const commitment = options.commitmentId
    ? { id: options.commitmentId }
    : await prisma.commitment.findUniqueOrThrow({
        where: { seedKey: FIXTURE_COMMITMENT_SEED_KEY },
        select: { id: true },
      });
  const author = await prisma.user.findUniqueOrThrow({
    where: { email: options.createdByEmail ?? "coordinator@fin.demo.opvolging.nl" },
    select: { id: true },
  });
  const snapshotData = (options.snapshot ?? fixtureLetterSnapshot)(commitment.id);
  return prisma.$transaction(async (tx) => {
    const letter = await tx.letterDraft.create({
      data: {
        commitmentId: commitment.id,
        title: options.title ?? "Voortgang opvolging aanbevelingen (testbrief)",
        status: options.status ?? "DRAFT",
        createdById: author.id,
      },
    });
    const snapshot = await tx.letterSnapshot.create({
      data: {
        letterDraftId: letter.id,
        peildatum: fromCalendarDate(snapshotData.peildatum),
        data: snapshotData,
        createdById: author.id,
      },
    });
    await tx.letterDraft.update({ where: { id: letter.id }, data: { snapshotId: snapshot.id } });
    await tx.letterDraftVersion.create({
      data: {
        letterDraftId: letter.id,
        versionNumber: 1,
        kind: "GENERATED",
        content: options.content ?? fixtureLetterContent(),
        snapshotId: snapshot.id,
        createdById: author.id,
      },
    });
    return { letterId: letter.id, commitmentId: commitment.id, snapshotId: snapshot.id };
  });
}
