// One commitment as its page shows it: every field, the linked recommendations with their
// implementation status (derived from their actions in one grouped query, or the override),
// the fulfilling document, and what the Coördinator's forms need. A fixed number of statements.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import { countActionStatuses, deriveImplementationStatusFromCounts } from "@/lib/recommendations/derive-implementation-status";
import { toCalendarDate } from "@/lib/clock";
import { toDocumentSummary, type CommitmentListItem } from "@/lib/commitments/list-commitments";

export type CommitmentDetail = Omit<CommitmentListItem, "recommendations"> & {
  source: string;
  version: number;
  recommendations: { id: string; number: number; title: string; evaluation: string; status: ImplementationStatus }[];
  may: { manage: boolean };
};

const documentSelect = { id: true, dossier: true, number: true, title: true, date: true, type: true, url: true } as const;

export async function getCommitment({ actor, id }: { actor: Actor; id: string }): Promise<CommitmentDetail | null> {
  assertCan(actor, "recommendations:read");
  const [row, statusCounts] = await Promise.all([
    db().commitment.findUnique({
      where: { id },
      select: {
        id: true,
        title: true,
        originalWording: true,
        dueDate: true,
        origin: true,
        originDescription: true,
        responsibleMinister: true,
        status: true,
        source: true,
        isIllustrative: true,
        version: true,
        originDocument: { select: documentSelect },
        fulfilledByDocument: { select: documentSelect },
        recommendations: {
          orderBy: [{ recommendation: { evaluation: { title: "asc" } } }, { recommendation: { number: "asc" } }],
          select: { recommendation: { select: { id: true, number: true, title: true, statusOverride: true, evaluation: { select: { title: true } } } } },
        },
      },
    }),
    db().actionItem.groupBy({
      by: ["recommendationId", "status"],
      where: { recommendation: { commitments: { some: { commitmentId: id } } } },
      _count: { _all: true },
    }),
  ]);
  if (!row) return null;

  const countsByRecommendation = new Map<string, ReturnType<typeof countActionStatuses>>();
  for (const { recommendationId, status, _count } of statusCounts) {
    const counts = countsByRecommendation.get(recommendationId) ?? countActionStatuses([]);
    counts[status] += _count._all;
    countsByRecommendation.set(recommendationId, counts);
  }

  return {
    id: row.id,
    title: row.title,
    originalWording: row.originalWording,
    dueDate: toCalendarDate(row.dueDate),
    origin: row.origin,
    originDocument: row.originDocument ? toDocumentSummary(row.originDocument) : null,
    originDescription: row.originDescription,
    responsibleMinister: row.responsibleMinister,
    status: row.status,
    source: row.source,
    isIllustrative: row.isIllustrative,
    version: row.version,
    fulfilledByDocument: row.fulfilledByDocument ? toDocumentSummary(row.fulfilledByDocument) : null,
    recommendations: row.recommendations.map(({ recommendation }) => ({
      id: recommendation.id,
      number: recommendation.number,
      title: recommendation.title,
      evaluation: recommendation.evaluation.title,
      status: recommendation.statusOverride ?? deriveImplementationStatusFromCounts(countsByRecommendation.get(recommendation.id) ?? countActionStatuses([])),
    })),
    may: { manage: can(actor, "commitments:manage") },
  };
}
