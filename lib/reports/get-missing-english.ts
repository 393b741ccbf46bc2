// The missing-English list of one report as its page shows it: what the snapshot lacks, and
// for each item whether the coordinator accepted the Dutch text, with the reason, by whom
// and when. Empty for a kind that does not need English. Two statements.
import "server-only";
import type { Tx } from "@/lib/db-transaction";
import { db } from "@/lib/db";
import { reportKind } from "@/lib/reports/report-kinds";
import { isOecdSnapshotData, parseOecdSnapshot } from "@/lib/reports/oecd-snapshot";
import { listMissingEnglish, missingEnglishKey, type MissingEnglish } from "@/lib/reports/missing-english";
import type { ReportKind } from "@/lib/generated/prisma/enums.ts";

export type MissingEnglishItem = MissingEnglish & {
  accepted: { reason: string; by: string; at: Date } | null;
};

export type MissingEnglishList = { items: MissingEnglishItem[]; open: number };

export async function getMissingEnglish(
  letter: { id: string; kind: ReportKind },
  tx?: Tx,
): Promise<MissingEnglishList> {
  if (!reportKind(letter.kind).requiresEnglish) return { items: [], open: 0 };
  const client = tx ?? db();
  const row = await client.letterDraft.findUnique({
    where: { id: letter.id },
    select: {
      snapshot: { select: { data: true } },
      dutchTextAcceptances: {
        select: {
          entityType: true,
          entityId: true,
          field: true,
          reason: true,
          createdAt: true,
          acceptedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!row?.snapshot || !isOecdSnapshotData(row.snapshot.data)) return { items: [], open: 0 };
  const accepted = new Map(
    row.dutchTextAcceptances.map((acceptance) => [
      missingEnglishKey(acceptance.entityType, acceptance.entityId, acceptance.field),
      { reason: acceptance.reason, by: acceptance.acceptedBy.name, at: acceptance.createdAt },
    ]),
  );
  const items = listMissingEnglish(parseOecdSnapshot(row.snapshot.data)).map((item) => ({
    ...item,
    accepted: accepted.get(item.key) ?? null,
  }));
  return { items, open: items.filter((item) => !item.accepted).length };
}
