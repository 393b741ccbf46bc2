// "Aanbeveling bewerken" (Coördinator): the form starts from the recommendation as it is,
// and carries its version.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { getRecommendationForEdit } from "@/lib/recommendations/get-recommendation-for-edit";
import { getRecommendationFormOptions } from "@/lib/recommendations/get-recommendation-form-options";
import { nl } from "@/lib/i18n/nl";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { updateRecommendationAction } from "./actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: nl.recommendationDetail.edit };

export default async function EditRecommendationPage({ params }: Props) {
  const actor = await requireUser();
  requirePagePermission(actor, "recommendations:manage");
  const { id } = await params;
  const [recommendation, options] = await Promise.all([
    getRecommendationForEdit({ actor, id }),
    getRecommendationFormOptions({ actor }),
  ]);
  if (!recommendation) notFound();
  const path = `/aanbevelingen/${encodeURIComponent(recommendation.id)}`;

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/aanbevelingen", label: nl.nav.recommendations },
          { href: path, label: nl.recommendationDetail.heading(recommendation.number, recommendation.title) },
        ]}
        current={nl.recommendationDetail.edit}
      />
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
          titleEn: recommendation.titleEn ?? "",
          textEn: recommendation.textEn ?? "",
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
