// The fields of a recommendation as its edit form starts from, with the version it carries.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { CabinetResponse } from "@/lib/generated/prisma/enums.ts";

export type RecommendationForEdit = {
  id: string;
  evaluationId: string;
  number: number;
  title: string;
  text: string;
  titleEn: string | null;
  textEn: string | null;
  theme: string;
  cabinetResponse: CabinetResponse;
  leadOrganisationId: string;
  isIllustrative: boolean;
  version: number;
};

export async function getRecommendationForEdit({
  actor,
  id,
}: {
  actor: Actor;
  id: string;
}): Promise<RecommendationForEdit | null> {
  assertCan(actor, "recommendations:read");
  return db().recommendation.findUnique({
    where: { id },
    select: {
      id: true,
      evaluationId: true,
      number: true,
      title: true,
      text: true,
      titleEn: true,
      textEn: true,
      theme: true,
      cabinetResponse: true,
      leadOrganisationId: true,
      isIllustrative: true,
      version: true,
    },
  });
}
