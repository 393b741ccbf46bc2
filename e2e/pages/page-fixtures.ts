// The records behind the sample addresses of the page table: seeded ones where reading is
// all that happens (a recommendation, an action of ADSB, a commitment, the Lezer's account),
// a finished import of the Coördinator's,
// and a Kamerbrief in review (readable by every role) on a commitment of its own, so that
// the seeded commitment and the lists other tests read stay as they were.
import { createPrismaClient } from "../../lib/db-client.ts";
import { insertLetterDraft } from "../../test/letter-fixture.ts";
import type { PageIds } from "./page-table.ts";

export async function pageFixtures(): Promise<PageIds> {
  const prisma = createPrismaClient(process.env.E2E_DATABASE_URL!);
  try {
    const action = await prisma.actionItem.findFirstOrThrow({
      where: { ownerOrganisation: { code: "ADSB" }, recommendation: { evaluation: { seedKey: { not: null } } } },
      orderBy: { id: "asc" },
      select: { id: true, recommendationId: true },
    });
    const commitment = await prisma.commitment.findFirstOrThrow({
      where: { seedKey: { not: null } },
      orderBy: { seedKey: "asc" },
      select: { id: true },
    });
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "lezer@bz.demo.opvolging.nl" } });
    const ownCommitment = await prisma.commitment.create({
      data: {
        title: `Voortgangsbrief paginaronde ${Date.now()}`,
        originalWording: "voor het kerstreces",
        // After the seeded commitment's 7 July 2023 and beyond the dashboard's 90 days.
        dueDate: new Date("2023-12-15T00:00:00Z"),
        origin: "DEBATE",
        originDescription: "Commissiedebat (e2e)",
        responsibleMinister: "Staatssecretaris van Financiën",
        source: "e2e",
      },
    });
    const { letterId } = await insertLetterDraft(prisma, {
      commitmentId: ownCommitment.id,
      status: "IN_REVIEW",
      title: "Voortgangsbrief (paginaronde)",
    });
    const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: "coordinator@fin.demo.opvolging.nl" } });
    const importJob = await prisma.backgroundJob.create({
      data: {
        kind: "IMPORT",
        ownerId: coordinator.id,
        state: "SUCCEEDED",
        done: 1,
        total: 1,
        result: { rowCount: 1, created: 0, changed: 0, unchanged: 1 },
        startedAt: new Date(),
        finishedAt: new Date(),
      },
    });
    return {
      recommendation: action.recommendationId,
      action: action.id,
      commitment: commitment.id,
      letter: letterId,
      user: user.id,
      importJob: importJob.id,
    };
  } finally {
    await prisma.$disconnect();
  }
}
