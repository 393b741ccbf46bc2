// One commitment as its page shows it: every field, the linked recommendations with their
// implementation status (derived from their actions in one grouped query, or the override),
// the fulfilling document, and what the Coördinator's forms need. A fixed number of statements.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";
import {
  countActionStatuses,
  deriveImplementationStatusFromCounts,
} from "@/lib/recommendations/derive-implementation-status";
import { commitmentFieldsSelect, toCommitmentFields, type CommitmentFields } from "@/lib/commitments/commitment-record";

export type CommitmentDetail = CommitmentFields & {
  source: string;
  version: number;
  recommendations: { id: string; number: number; title: string; evaluation: string; status: ImplementationStatus }[];
  may: { manage: boolean };
};

export async function getCommitment({ actor, id }: { actor: Actor; id: string }): Promise<CommitmentDetail | null> {
  assertCan(actor, "recommendations:read");
  const [row, statusCounts] = await Promise.all([
    db().commitment.findUnique({
      where: { id },
      select: {
        ...commitmentFieldsSelect,
        source: true,
        version: true,
        recommendations: {
          orderBy: [{ recommendation: { evaluation: { title: "asc" } } }, { recommendation: { number: "asc" } }],
          select: {
            recommendation: {
              select: {
                id: true,
                number: true,
                title: true,
                statusOverride: true,
                evaluation: { select: { title: true } },
              },
            },
          },
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
    ...toCommitmentFields(row),
    source: row.source,
    version: row.version,
    recommendations: row.recommendations.map(({ recommendation }) => ({
      id: recommendation.id,
      number: recommendation.number,
      title: recommendation.title,
      evaluation: recommendation.evaluation.title,
      status:
        recommendation.statusOverride ??
        deriveImplementationStatusFromCounts(countsByRecommendation.get(recommendation.id) ?? countActionStatuses([])),
    })),
    may: { manage: can(actor, "commitments:manage") },
  };
}
