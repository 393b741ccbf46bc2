// "Aanbeveling toevoegen" (Coördinator). `?evaluatie=` chooses the evaluation beforehand, as
// after registering a new one.
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { getRecommendationFormOptions } from "@/lib/recommendations/get-recommendation-form-options";
import { nl } from "@/lib/i18n/nl";
import { RecommendationForm } from "@/components/recommendations/recommendation-form";
import { createRecommendationAction } from "./actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: nl.recommendations.newTitle };

const QuerySchema = z.object({
  evaluatie: z.string().max(64).optional().catch(undefined),
  melding: z.literal("evaluatie-geregistreerd").optional().catch(undefined),
});

export default async function NewRecommendationPage({ searchParams }: Props) {
  const actor = await requireUser();
  requirePagePermission(actor, "recommendations:manage");
  const query = QuerySchema.parse(await searchParams);
  const options = await getRecommendationFormOptions({ actor });
  const chosen = options.evaluations.find((evaluation) => evaluation.id === query.evaluatie);

  return (
    <>
      <Breadcrumbs
        trail={[{ href: "/aanbevelingen", label: nl.nav.recommendations }]}
        current={nl.recommendations.newTitle}
      />
      <h1 className="utrecht-heading-1">{nl.recommendations.newTitle}</h1>
      {query.melding && chosen && (
        <div className="utrecht-alert form-alert form-alert--ok page-notice" role="status">
          <p className="utrecht-paragraph">{nl.recommendations.evaluationRegistered}</p>
        </div>
      )}
      {options.evaluations.length === 0 ? (
        <p className="utrecht-paragraph">
          {nl.recommendations.noEvaluations}{" "}
          <Link className="utrecht-link" href="/aanbevelingen/evaluaties/nieuw">
            {nl.recommendations.registerEvaluation}
          </Link>
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph lead">{nl.recommendations.newIntro}</p>
          <RecommendationForm
            action={createRecommendationAction}
            evaluations={options.evaluations}
            organisations={options.organisations}
            initial={{
              evaluationId: chosen?.id ?? "",
              number: chosen ? String(options.nextNumber[chosen.id] ?? 1) : "",
              title: "",
              text: "",
              titleEn: "",
              textEn: "",
              theme: "",
              cabinetResponse: "",
              leadOrganisationId: "",
            }}
            cancelHref="/aanbevelingen"
          />
        </>
      )}
    </>
  );
}
