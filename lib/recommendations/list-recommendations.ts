// The recommendations overview: each recommendation with its lead organisation, the
// number of actions and the implementation status. Three queries in all (recommendations,
// organisations, actions), whatever the count.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import {
  effectiveImplementationStatus,
  toOecdGrade,
  type OecdGrade,
} from "@/lib/recommendations/derive-implementation-status";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums.ts";

export type RecommendationListItem = {
  id: string;
  number: number;
  title: string;
  theme: string;
  isIllustrative: boolean;
  leadOrganisation: { code: string; name: string };
  actionCount: number;
  actionsDone: number;
  status: ImplementationStatus;
  statusOverridden: boolean;
  oecdGrade: OecdGrade;
};

export async function listRecommendations({ actor }: { actor: Actor }): Promise<RecommendationListItem[]> {
  assertCan(actor, "recommendations:read");
  const recommendations = await db().recommendation.findMany({
    orderBy: [{ evaluationId: "asc" }, { number: "asc" }],
    select: {
      id: true,
      number: true,
      title: true,
      theme: true,
      isIllustrative: true,
      statusOverride: true,
      leadOrganisation: { select: { code: true, name: true } },
      actionItems: { select: { status: true } },
    },
  });

  return recommendations.map((recommendation) => {
    const statuses = recommendation.actionItems.map((actionItem) => actionItem.status);
    const status = effectiveImplementationStatus(statuses, recommendation.statusOverride);
    return {
      id: recommendation.id,
      number: recommendation.number,
      title: recommendation.title,
      theme: recommendation.theme,
      isIllustrative: recommendation.isIllustrative,
      leadOrganisation: recommendation.leadOrganisation,
      actionCount: statuses.filter((s) => s !== "CANCELLED").length,
      actionsDone: statuses.filter((s) => s === "DONE").length,
      status,
      statusOverridden: recommendation.statusOverride !== null,
      oecdGrade: toOecdGrade(status),
    };
  });
}
