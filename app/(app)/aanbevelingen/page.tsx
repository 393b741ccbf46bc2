// The recommendations of every evaluation the Taskforce follows, one table per evaluation.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";
import { listRecommendations, type EvaluationGroup } from "@/lib/recommendations/list-recommendations";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { RecommendationsTable } from "@/components/recommendations/recommendations-table";
import { Pagination } from "@/components/ui/pagination";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { pageOfGroups } from "@/lib/recommendations/page-of-groups";

export const metadata: Metadata = { title: nl.recommendations.title };

type Props = { searchParams: Promise<{ pagina?: string | string[] }> };

export default async function RecommendationsPage({ searchParams }: Props) {
  const actor = await requireUser();
  const list = pageOfGroups(await listRecommendations({ actor }), PageNumberSchema.parse((await searchParams).pagina));
  const { groups } = list;
  const mayManage = can(actor, "recommendations:manage");
  const anyIllustrative = groups.some((group) =>
    group.recommendations.some((recommendation) => recommendation.isIllustrative),
  );
  return (
    <>
      <h1 className="utrecht-heading-1">{nl.recommendations.title}</h1>
      <p className="utrecht-paragraph lead">{nl.recommendations.intro}</p>
      {(mayManage || can(actor, "evaluations:manage")) && (
        <p className="page-actions">
          {mayManage && (
            <Link
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
              href="/aanbevelingen/nieuw"
            >
              {nl.recommendations.addRecommendation}
            </Link>
          )}
          {can(actor, "evaluations:manage") && (
            <Link
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
              href="/aanbevelingen/evaluaties/nieuw"
            >
              {nl.recommendations.registerEvaluation}
            </Link>
          )}
        </p>
      )}
      {anyIllustrative && <p className="utrecht-paragraph illustrative-note">{nl.recommendations.illustrativeNote}</p>}
      {groups.length === 0 && <p className="utrecht-paragraph">{nl.recommendations.empty}</p>}
      {list.pageCount > 1 && (
        <p className="utrecht-paragraph meta">{nl.recommendations.range(list.from, list.to, list.total)}</p>
      )}
      {groups.map((group) => (
        <EvaluationSection key={group.evaluation.id} group={group} mayManage={mayManage} />
      ))}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => `/aanbevelingen?pagina=${page}`} />
    </>
  );
}

function EvaluationSection({
  group: { evaluation, recommendations },
  mayManage,
}: {
  group: EvaluationGroup;
  mayManage: boolean;
}) {
  const headingId = `evaluatie-${evaluation.id}`;
  const dates = [
    evaluation.reportDate && nl.recommendations.reportDate(formatCalendarDate(evaluation.reportDate)),
    evaluation.sentToParliamentOn &&
      nl.recommendations.sentToParliament(formatCalendarDate(evaluation.sentToParliamentOn)),
  ].filter(Boolean);
  return (
    <section className="page-section evaluation-section" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>
        {evaluation.title}
      </h2>
      <p className="utrecht-paragraph meta">
        {[nl.recommendations.evaluator(evaluation.evaluator), ...dates].join(" · ")}
      </p>
      {recommendations.length > 0 ? (
        <RecommendationsTable evaluationTitle={evaluation.title} recommendations={recommendations} />
      ) : (
        <p className="utrecht-paragraph">
          {nl.recommendations.evaluationEmpty}{" "}
          {mayManage && (
            <Link className="utrecht-link" href={`/aanbevelingen/nieuw?evaluatie=${encodeURIComponent(evaluation.id)}`}>
              {nl.recommendations.addFirst}
            </Link>
          )}
        </p>
      )}
    </section>
  );
}
