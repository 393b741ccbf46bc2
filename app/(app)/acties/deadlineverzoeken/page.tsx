// Deadlineverzoeken: the requests waiting for a decision, oldest first. A coordinator decides
// here ("Goedkeuren" / "Afwijzen"); everyone else who reads actions sees the queue read-only.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { listPendingDeadlineChanges } from "@/lib/deadline-changes/list-pending-deadline-changes";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate, formatTimestamp } from "@/lib/clock";
import { Pagination } from "@/components/ui/pagination";
import { DeadlineDecisionForm } from "@/components/action-items/deadline-decision-form";
import { decideDeadlineChangeAction } from "./actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { searchParams: Promise<{ pagina?: string; melding?: string }> };

export const metadata: Metadata = { title: nl.actionDetail.queueTitle };

const NOTICES: Record<string, string> = {
  goedgekeurd: nl.actionDetail.approvedOnQueue,
  afgewezen: nl.actionDetail.rejected,
};

export default async function DeadlineQueuePage({ searchParams }: Props) {
  const actor = await requireUser();
  const query = await searchParams;
  const queue = await listPendingDeadlineChanges({ actor, page: PageNumberSchema.parse(query.pagina) });
  const notice = query.melding ? NOTICES[query.melding] : undefined;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/acties", label: nl.nav.actions }]} current={nl.actionDetail.queueTitle} />
      <h1 className="utrecht-heading-1">{nl.actionDetail.queueTitle}</h1>
      {notice && (
        <div className="utrecht-alert form-alert form-alert--ok" role="status">
          <p className="utrecht-paragraph">{notice}</p>
        </div>
      )}
      <p className="utrecht-paragraph lead">{nl.actionDetail.queueIntro}</p>
      {!queue.mayDecide && <p className="utrecht-paragraph">{nl.actionDetail.queueReadOnly}</p>}
      {queue.total === 0 ? (
        <p className="utrecht-paragraph">{nl.actionDetail.queueEmpty}</p>
      ) : (
        <>
          <p className="utrecht-paragraph meta">{nl.actionDetail.queueRange(queue.from, queue.to, queue.total)}</p>
          <ol className="deadline-queue" aria-label={nl.actionDetail.queueListLabel}>
            {queue.requests.map((request) => (
              <li key={request.id} className="deadline-queue__item">
                <article aria-labelledby={`verzoek-${request.id}`}>
                  <h2 className="utrecht-heading-3 deadline-queue__title" id={`verzoek-${request.id}`}>
                    <Link className="utrecht-link" href={`/acties/${request.action.id}`}>
                      {request.action.title}
                    </Link>
                  </h2>
                  <dl className="details-list details-list--compact">
                    <dt>{nl.actionDetail.queueOrganisation}</dt>
                    <dd>
                      {request.action.organisation.name} ({request.action.organisation.code})
                    </dd>
                    <dt>{nl.actionDetail.queueChange}</dt>
                    <dd>
                      {nl.actionDetail.pendingSummary(
                        formatCalendarDate(request.oldDueDate),
                        formatCalendarDate(request.newDueDate),
                      )}
                    </dd>
                    <dt>{nl.actionDetail.queueReason}</dt>
                    <dd className="prose-cell">{request.reason}</dd>
                    <dt>{nl.actionDetail.queueRequested}</dt>
                    <dd>
                      {nl.actionDetail.deadlineRequestedLine(request.requestedBy, formatTimestamp(request.requestedAt))}
                    </dd>
                  </dl>
                  {queue.mayDecide && (
                    <DeadlineDecisionForm
                      action={decideDeadlineChangeAction}
                      request={{ id: request.id, version: request.version, actionItemId: request.action.id }}
                      returnTo="wachtrij"
                      heading={{ id: `verzoek-${request.id}` }}
                    />
                  )}
                </article>
              </li>
            ))}
          </ol>
          <Pagination
            page={queue.page}
            pageCount={queue.pageCount}
            hrefFor={(page) => `/acties/deadlineverzoeken?pagina=${page}`}
          />
        </>
      )}
    </>
  );
}
