// The action page: details, the forms this user may use (none for a Lezer, none for a
// Bijdrager of another organisation), the deadline and its history, the journal and the
// audit history. A fixed number of queries, whatever the size of the journal or the trail.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { getActionItem, type DeadlineHistoryEntry } from "@/lib/action-items/get-action-item";
import { listEntityHistory } from "@/lib/audit/list-entity-history";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate, formatTimestamp } from "@/lib/clock";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { Pagination } from "@/components/ui/pagination";
import { ActionStatusBadge } from "@/components/action-items/action-status-badge";
import { ProgressJournal } from "@/components/action-items/progress-journal";
import { ProgressUpdateForm } from "@/components/action-items/progress-update-form";
import { StatusChangeForm } from "@/components/action-items/status-change-form";
import { DeadlineChangeForm } from "@/components/action-items/deadline-change-form";
import { DeadlineDecisionForm } from "@/components/action-items/deadline-decision-form";
import { DeadlineHistory } from "@/components/action-items/deadline-history";
import { HistoryList } from "@/components/audit/history-list";
import {
  addProgressUpdateAction,
  changeDeadlineAction,
  changeStatusAction,
  requestDeadlineChangeAction,
  addProgressUpdateEnglishAction,
} from "./actions";
import { decideDeadlineChangeAction } from "../deadlineverzoeken/actions";
import { EvidenceSection } from "@/components/evidence/evidence-section";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ voortgang?: string; melding?: string }> };

export const metadata: Metadata = { title: nl.actionDetail.pageTitle };

const NOTICES: Record<string, string> = {
  aangemaakt: nl.actionDetail.created,
  opgeslagen: nl.actionDetail.saved,
  ongewijzigd: nl.actionDetail.formNothingChanged,
};

export default async function ActionItemPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const [action, history] = await Promise.all([
    getActionItem({ actor, id, journalPage: PageNumberSchema.parse(query.voortgang) }),
    listEntityHistory({ actor, entityType: "ActionItem", entityId: id }),
  ]);
  if (!action) notFound();
  const notice = query.melding ? NOTICES[query.melding] : undefined;
  const pending = action.pendingRequest;
  const journal = action.journalPage;
  const deadlineFormProps = {
    actionItemId: action.id,
    version: action.version,
    dueDateText: formatCalendarDate(action.dueDate),
    startDateText: action.startDate ? formatCalendarDate(action.startDate) : null,
    blocked: pending !== null,
  };

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/aanbevelingen", label: nl.nav.recommendations },
          {
            href: `/aanbevelingen/${action.recommendation.id}`,
            label: nl.actionDetail.recommendationLink(action.recommendation.number, action.recommendation.title),
          },
        ]}
        current={action.title}
      />
      <h1 className="utrecht-heading-1">
        {action.title} {action.isIllustrative && <IllustrativeMarker />}
      </h1>
      {notice && (
        <div className="utrecht-alert form-alert form-alert--ok" role="status">
          <p className="utrecht-paragraph">{notice}</p>
        </div>
      )}
      <p className="utrecht-paragraph lead">{action.description}</p>

      <dl className="details-list action-details">
        {action.reference && (
          <>
            <dt>{nl.fields.reference}</dt>
            <dd>{action.reference}</dd>
          </>
        )}
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
        <dd>
          {formatCalendarDate(action.dueDate)}
          {pending && <> · {nl.actionDetail.pendingInline(formatCalendarDate(pending.newDueDate))}</>}
        </dd>
        <dt>{nl.actionDetail.evaluation}</dt>
        <dd>{action.recommendation.evaluation.title}</dd>
      </dl>

      {action.may.manage && (
        <p className="utrecht-paragraph action-links">
          <Link className="utrecht-link" href={`/acties/${action.id}/bewerken`}>
            {nl.actionDetail.editLink}
          </Link>
          <Link className="utrecht-link" href={`/acties/nieuw?aanbeveling=${action.recommendation.id}`}>
            {nl.actionDetail.newActionLink}
          </Link>
        </p>
      )}

      {action.may.update && (
        <div className="action-forms">
          <section className="page-section">
            <ProgressUpdateForm
              action={addProgressUpdateAction}
              actionItemId={action.id}
              version={action.version}
              status={action.status}
              nextStatuses={action.may.nextStatuses}
            />
          </section>
          <section className="page-section">
            <StatusChangeForm
              action={changeStatusAction}
              actionItemId={action.id}
              version={action.version}
              status={action.status}
              nextStatuses={action.may.nextStatuses}
              reasonRequiredFor={action.may.reasonRequiredFor}
            />
          </section>
        </div>
      )}

      {(action.may.deadline || action.may.decideDeadline) && (
        <div className="action-forms">
          {/* Rendered also without a pending request: after a decision it keeps showing the outcome. */}
          {action.may.decideDeadline && (
            <DeadlineDecisionForm
              action={decideDeadlineChangeAction}
              request={pending ? { id: pending.id, version: pending.version, actionItemId: action.id } : null}
              heading={{ id: "verzoek-titel", text: nl.actionDetail.pendingTitle }}
              className="page-section"
            >
              {pending && <PendingRequest pending={pending} />}
            </DeadlineDecisionForm>
          )}
          {action.may.deadline && (
            <section className="page-section">
              {action.may.deadline === "direct" ? (
                <DeadlineChangeForm action={changeDeadlineAction} mode="direct" {...deadlineFormProps} />
              ) : (
                <DeadlineChangeForm action={requestDeadlineChangeAction} mode="request" {...deadlineFormProps} />
              )}
            </section>
          )}
        </div>
      )}

      <section className="page-section" aria-labelledby="deadlinegeschiedenis">
        <h2 className="utrecht-heading-2" id="deadlinegeschiedenis">
          {nl.actionDetail.deadlineHistoryTitle}
        </h2>
        {pending && !action.may.decideDeadline && (
          <div className="pending-request">
            <p className="utrecht-paragraph">
              <strong>{nl.actionDetail.pendingTitle}: </strong>
              {nl.actionDetail.pendingSummary(
                formatCalendarDate(pending.oldDueDate),
                formatCalendarDate(pending.newDueDate),
              )}
              . {nl.actionDetail.pendingRequestedBy(pending.requestedBy, formatTimestamp(pending.requestedAt))}{" "}
              {nl.actionDetail.pendingWaits}
            </p>
          </div>
        )}
        <p className="utrecht-paragraph">
          {nl.actionDetail.queueCount(action.pendingQueueCount)}{" "}
          <Link className="utrecht-link" href="/acties/deadlineverzoeken">
            {nl.actionDetail.queueLink}
          </Link>
        </p>
        <DeadlineHistory entries={action.deadlineHistory} total={action.deadlineHistoryTotal} />
      </section>

      <section className="page-section" aria-labelledby="logboek-voortgang">
        <h2 className="utrecht-heading-2" id="logboek-voortgang">
          {nl.actionDetail.journalTitle}
        </h2>
        {journal.pageCount > 1 && (
          <p className="utrecht-paragraph meta">
            {nl.actionDetail.journalRange(journal.from, journal.to, journal.total)}
          </p>
        )}
        <ProgressJournal
          entries={action.journal}
          addEnglish={
            action.may.update ? { action: addProgressUpdateEnglishAction, actionItemId: action.id } : undefined
          }
        />
        <Pagination
          page={journal.page}
          pageCount={journal.pageCount}
          hrefFor={(page) => `/acties/${action.id}?voortgang=${page}#logboek-voortgang`}
        />
      </section>

      <EvidenceSection actor={actor} actionItemId={action.id} organisationId={action.ownerOrganisation.id} />

      <section className="page-section" aria-labelledby="geschiedenis">
        <h2 className="utrecht-heading-2" id="geschiedenis">
          {nl.actionDetail.historyTitle}
        </h2>
        <p className="utrecht-paragraph meta">{nl.actionDetail.historyIntro}</p>
        <HistoryList entries={history.entries} subjectType="ActionItem" emptyText={nl.actionDetail.historyEmpty} />
        {history.more && (
          <p className="utrecht-paragraph meta">{nl.actionDetail.historyMore(history.entries.length)}</p>
        )}
      </section>
    </>
  );
}

function PendingRequest({ pending }: { pending: DeadlineHistoryEntry }) {
  return (
    <dl className="details-list details-list--compact">
      <dt>{nl.actionDetail.queueChange}</dt>
      <dd>
        {nl.actionDetail.pendingSummary(formatCalendarDate(pending.oldDueDate), formatCalendarDate(pending.newDueDate))}
      </dd>
      <dt>{nl.actionDetail.queueReason}</dt>
      <dd className="prose-cell">{pending.reason}</dd>
      <dt>{nl.actionDetail.queueRequested}</dt>
      <dd>{nl.actionDetail.deadlineRequestedLine(pending.requestedBy, formatTimestamp(pending.requestedAt))}</dd>
    </dl>
  );
}
