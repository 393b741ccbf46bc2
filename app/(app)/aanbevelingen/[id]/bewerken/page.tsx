// "Aanbeveling bewerken" (Coördinator): the form starts from the recommendation as it is,
// and carries its version.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { getRecommendationForEdit } from "@/lib/recommendations/get-recommendation-for-edit";
import { getRecommendationFormOptions } from "@/lib/recommendations/get-recommendation-form-options";
import { nl } from "@/lib/i18n/nl";
import { ForbiddenNotice } from "@/components/layout/forbidden-notice";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { updateRecommendationAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: nl.recommendationDetail.edit };

export default async function EditRecommendationPage({ params }: Props) {
  const actor = await requireUser();
  if (!can(actor, "recommendations:manage"))
    return <ForbiddenNotice title={nl.recommendationDetail.edit} message={nl.recommendations.forbiddenManage} />;
  const { id } = await params;
  const [recommendation, options] = await Promise.all([
    getRecommendationForEdit({ actor, id }),
    getRecommendationFormOptions({ actor }),
  ]);
  if (!recommendation) notFound();
  const path = `/aanbevelingen/${encodeURIComponent(recommendation.id)}`;

  return (
    <>
      <p className="utrecht-paragraph meta">
        <Link className="utrecht-link" href={path}>
          {nl.recommendationDetail.heading(recommendation.number, recommendation.title)}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">
        {nl.recommendationDetail.form.editTitle(recommendation.number)}{" "}
        {recommendation.isIllustrative && <IllustrativeMarker />}
      </h1>
      <RecommendationForm
        action={updateRecommendationAction}
        evaluations={options.evaluations}
        organisations={options.organisations}
        initial={{
          evaluationId: recommendation.evaluationId,
          number: String(recommendation.number),
          title: recommendation.title,
          text: recommendation.text,
          theme: recommendation.theme,
          cabinetResponse: recommendation.cabinetResponse,
          leadOrganisationId: recommendation.leadOrganisationId,
        }}
        edit={{ recommendationId: recommendation.id, version: recommendation.version }}
        cancelHref={path}
      />
    </>
  );
}
