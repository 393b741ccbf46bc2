// The action page: details, the forms this user may use, and the journal.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { getActionItem } from "@/lib/action-items/get-action-item";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/clock";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { ActionStatusBadge } from "@/components/action-items/action-status-badge";
import { ProgressJournal } from "@/components/action-items/progress-journal";
import { ProgressUpdateForm } from "@/components/action-items/progress-update-form";
import { addProgressUpdateAction } from "./actions";
import { EvidenceSection } from "@/components/evidence/evidence-section";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: nl.actionDetail.pageTitle };

export default async function ActionItemPage({ params }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const action = await getActionItem({ actor, id });
  if (!action) notFound();

  return (
    <>
      <p className="utrecht-paragraph meta">
        <Link href={`/aanbevelingen/${action.recommendation.id}`}>{nl.actionDetail.recommendationLink(action.recommendation.number, action.recommendation.title)}</Link>
      </p>
      <h1 className="utrecht-heading-1">
        {action.title} {action.isIllustrative && <IllustrativeMarker />}
      </h1>
      <p className="utrecht-paragraph lead">{action.description}</p>

      <dl className="details-list">
        <dt>{nl.actionDetail.status}</dt>
        <dd>
          <ActionStatusBadge status={action.status} /> {nl.actionDetail.journalPercent(action.percentDone)}
          {action.completedOn && <> · {nl.actionDetail.completedOn(formatCalendarDate(action.completedOn))}</>}
        </dd>
        {action.cancelReason && (
          <>
            <dt>{nl.fields.cancelReason}</dt>
            <dd>{action.cancelReason}</dd>
          </>
        )}
        <dt>{nl.actionDetail.organisation}</dt>
        <dd>
          {action.ownerOrganisation.name} ({action.ownerOrganisation.code})
        </dd>
        <dt>{nl.actionDetail.contact}</dt>
        <dd>{action.contactUser?.name ?? nl.actionDetail.noContact}</dd>
        <dt>{nl.actionDetail.startDate}</dt>
        <dd>{action.startDate ? formatCalendarDate(action.startDate) : nl.actionDetail.noStartDate}</dd>
        <dt>{nl.actionDetail.dueDate}</dt>
        <dd>{formatCalendarDate(action.dueDate)}</dd>
        <dt>{nl.actionDetail.evaluation}</dt>
        <dd>{action.recommendation.evaluation.title}</dd>
      </dl>

      {action.may.update && (
        <section className="page-section">
          <ProgressUpdateForm
            action={addProgressUpdateAction}
            actionItemId={action.id}
            version={action.version}
            status={action.status}
            nextStatuses={action.may.nextStatuses}
          />
        </section>
      )}

      <section className="page-section" aria-labelledby="logboek-voortgang">
        <h2 className="utrecht-heading-2" id="logboek-voortgang">
          {nl.actionDetail.journalTitle}
        </h2>
        <ProgressJournal entries={action.journal} />
      </section>
      <EvidenceSection actor={actor} actionItemId={action.id} organisationId={action.ownerOrganisation.id} />
    </>
  );
}
