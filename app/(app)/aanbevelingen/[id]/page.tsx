// One recommendation: its text and details, the status on both scales with the rule that
// derived it (or the override), its actions, linked commitments and history. The
// Coördinator also sees the edit link and the status override forms.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { getRecommendation, RECOMMENDATION_ACTIONS_PAGE_SIZE } from "@/lib/recommendations/get-recommendation";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { Pagination } from "@/components/ui/pagination";
import { ImplementationStatusPanel } from "@/components/recommendations/implementation-status-panel";
import { RecommendationActionsTable } from "@/components/recommendations/recommendation-actions-table";
import { RecommendationCommitments } from "@/components/recommendations/recommendation-commitments";
import { HistoryList } from "@/components/audit/history-list";
import { ClearStatusOverrideForm, StatusOverrideForm } from "@/components/recommendations/status-override-form";
import { clearRecommendationStatusOverrideAction, overrideRecommendationStatusAction } from "./actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: nl.recommendationDetail.pageTitle };

/** The confirmation a form that moved on to this page asks it to show. */
const NoticeSchema = z.enum(["toegevoegd", "gewijzigd", "ongewijzigd", "opgeheven"]).optional().catch(undefined);

export default async function RecommendationPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const recommendation = await getRecommendation({ actor, id, actionsPage: PageNumberSchema.parse(query.pagina) });
  if (!recommendation) notFound();
  const notice = NoticeSchema.parse(query.melding);
  const words = nl.recommendationDetail;
  const { evaluation, actions } = recommendation;
  const path = `/aanbevelingen/${encodeURIComponent(recommendation.id)}`;

  return (
    <>
      <Breadcrumbs
        trail={[{ href: "/aanbevelingen", label: nl.nav.recommendations }]}
        current={words.heading(recommendation.number, recommendation.title)}
      />
      <h1 className="utrecht-heading-1">
        {words.heading(recommendation.number, recommendation.title)}{" "}
        {recommendation.isIllustrative && <IllustrativeMarker />}
      </h1>
      {notice && (
        <div className="utrecht-alert form-alert form-alert--ok page-notice" role="status">
          <p className="utrecht-paragraph">{words.notices[notice]}</p>
        </div>
      )}
      {recommendation.isIllustrative && <p className="utrecht-paragraph illustrative-note">{words.illustrativeNote}</p>}
      {recommendation.may.manage && (
        <p className="page-actions">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={`${path}/bewerken`}
          >
            {words.edit}
          </Link>
          <Link className="utrecht-link" href={`/aanbevelingen/nieuw?evaluatie=${encodeURIComponent(evaluation.id)}`}>
            {words.addAnother}
          </Link>
        </p>
      )}

      <p className="utrecht-paragraph lead recommendation-text">{recommendation.text}</p>
      <dl className="details-list recommendation-details">
        <dt>{words.evaluation}</dt>
        <dd>
          {evaluation.title}
          <span className="meta-line">
            {[
              nl.recommendations.evaluator(evaluation.evaluator),
              evaluation.reportDate && nl.recommendations.reportDate(formatCalendarDate(evaluation.reportDate)),
              evaluation.sentToParliamentOn &&
                nl.recommendations.sentToParliament(formatCalendarDate(evaluation.sentToParliamentOn)),
            ]
              .filter(Boolean)
              .join(" · ")}
          </span>
        </dd>
        <dt>{words.theme}</dt>
        <dd>{recommendation.theme}</dd>
        <dt>{words.cabinetResponse}</dt>
        <dd>{nl.cabinetResponse[recommendation.cabinetResponse]}</dd>
        <dt>{words.lead}</dt>
        <dd>
          {recommendation.leadOrganisation.name} ({recommendation.leadOrganisation.code})
        </dd>
      </dl>

      <section className="page-section" aria-labelledby="stand-van-uitvoering">
        <h2 className="utrecht-heading-2" id="stand-van-uitvoering">
          {words.statusTitle}
        </h2>
        <ImplementationStatusPanel
          status={recommendation.status}
          oecdGrade={recommendation.oecdGrade}
          derived={recommendation.derived}
          override={recommendation.override}
        />
        {recommendation.may.manage && (
          <div className="override-forms">
            <StatusOverrideForm
              action={overrideRecommendationStatusAction}
              recommendationId={recommendation.id}
              version={recommendation.version}
              current={recommendation.override?.status ?? null}
            />
            {recommendation.override && (
              <ClearStatusOverrideForm
                action={clearRecommendationStatusOverrideAction}
                recommendationId={recommendation.id}
                version={recommendation.version}
              />
            )}
          </div>
        )}
      </section>

      <section className="page-section" aria-labelledby="acties" id="acties-lijst">
        <h2 className="utrecht-heading-2" id="acties">
          {words.actionsTitle}
        </h2>
        {recommendation.may.manage && (
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" href={`/acties/nieuw?aanbeveling=${recommendation.id}`}>
              {words.addAction}
            </Link>
          </p>
        )}
        {actions.total === 0 ? (
          <p className="utrecht-paragraph">{words.actionsEmpty}</p>
        ) : (
          <>
            {actions.pageCount > 1 && (
              <p className="utrecht-paragraph meta">
                {words.actionsRange(
                  (actions.page - 1) * RECOMMENDATION_ACTIONS_PAGE_SIZE + 1,
                  Math.min(actions.page * RECOMMENDATION_ACTIONS_PAGE_SIZE, actions.total),
                  actions.total,
                )}
              </p>
            )}
            <RecommendationActionsTable actions={actions.items} />
            <Pagination
              page={actions.page}
              pageCount={actions.pageCount}
              hrefFor={(page) => `${path}?pagina=${page}#acties-lijst`}
            />
          </>
        )}
      </section>

      <section className="page-section" aria-labelledby="toezeggingen">
        <h2 className="utrecht-heading-2" id="toezeggingen">
          {words.commitmentsTitle}
        </h2>
        <RecommendationCommitments commitments={recommendation.commitments} />
      </section>

      <section className="page-section" aria-labelledby="geschiedenis">
        <h2 className="utrecht-heading-2" id="geschiedenis">
          {words.historyTitle}
        </h2>
        <HistoryList
          entries={recommendation.history.entries}
          subjectType="Recommendation"
          emptyText={nl.recommendationDetail.historyEmpty}
        />
        {recommendation.history.more && (
          <p className="utrecht-paragraph meta">
            {nl.recommendationDetail.historyTruncated(recommendation.history.entries.length)}
          </p>
        )}
      </section>
    </>
  );
}
