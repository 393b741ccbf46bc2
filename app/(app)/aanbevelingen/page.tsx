import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { listRecommendations } from "@/lib/recommendations/list-recommendations";
import { nl } from "@/lib/i18n/nl";
import { RecommendationsTable } from "@/components/recommendations/recommendations-table";

export const metadata: Metadata = { title: nl.recommendations.title };

export default async function RecommendationsPage() {
  const actor = await requireUser();
  const recommendations = await listRecommendations({ actor });
  return (
    <>
      <h1 className="utrecht-heading-1">{nl.recommendations.title}</h1>
      <p className="utrecht-paragraph lead">{nl.recommendations.intro}</p>
      {recommendations.some((recommendation) => recommendation.isIllustrative) && (
        <p className="utrecht-paragraph illustrative-note">{nl.recommendations.illustrativeNote}</p>
      )}
      {recommendations.length === 0 ? (
        <p className="utrecht-paragraph">{nl.recommendations.empty}</p>
      ) : (
        <RecommendationsTable recommendations={recommendations} />
      )}
    </>
  );
}
