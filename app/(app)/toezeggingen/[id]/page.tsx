// One commitment: every field, the linked recommendations with their status, the fulfilling
// document and the history. The Coördinator also sees the edit link and the outcome form.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { getCommitment } from "@/lib/commitments/get-commitment";
import { getCommitmentFormOptions } from "@/lib/commitments/get-commitment-form-options";
import { listEntityHistory, type HistoryEntry } from "@/lib/audit/list-entity-history";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { DataTable } from "@/components/ui/data-table";
import { ImplementationStatusBadge } from "@/components/ui/status-badge";
import { HistoryList, type HistoryListEntry } from "@/components/audit/history-list";
import { CommitmentStatusBadge } from "@/components/commitments/commitment-status-badge";
import { DocumentReference } from "@/components/commitments/document-reference";
import { OriginText } from "@/components/commitments/commitment-list";
import { CommitmentOutcomeForm } from "@/components/commitments/commitment-outcome-form";
import { recordCommitmentOutcomeAction } from "../actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: nl.commitments.detailTitle };

const NoticeSchema = z.enum(["toegevoegd", "gewijzigd", "ongewijzigd"]).optional().catch(undefined);

export default async function CommitmentPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const commitment = await getCommitment({ actor, id });
  if (!commitment) notFound();
  const [history, options] = await Promise.all([
    listEntityHistory({ actor, entityType: "Commitment", entityId: commitment.id }),
    commitment.may.manage ? getCommitmentFormOptions({ actor }) : null,
  ]);
  const notice = NoticeSchema.parse((await searchParams).melding);
  const words = nl.commitments;
  const path = `/toezeggingen/${encodeURIComponent(commitment.id)}`;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/toezeggingen", label: nl.nav.commitments }]} current={commitment.title} />
      <h1 className="utrecht-heading-1">
        {commitment.title} {commitment.isIllustrative && <IllustrativeMarker />}
      </h1>
      {notice && (
        <div className="utrecht-alert form-alert form-alert--ok page-notice" role="status">
          <p className="utrecht-paragraph">{words.notices[notice]}</p>
        </div>
      )}
      {commitment.isIllustrative && <p className="utrecht-paragraph illustrative-note">{words.illustrativeNote}</p>}
      {commitment.may.manage && (
        <p className="page-actions">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={`${path}/bewerken`}
          >
            {words.edit}
          </Link>
        </p>
      )}

      <dl className="details-list commitment-details">
        <dt>{words.statusLabel}</dt>
        <dd>
          <CommitmentStatusBadge status={commitment.status} />
        </dd>
        <dt>{words.wording}</dt>
        <dd>‘{commitment.originalWording}’</dd>
        <dt>{words.dueDate}</dt>
        <dd>
          <time dateTime={commitment.dueDate}>{formatCalendarDate(commitment.dueDate)}</time>
        </dd>
        <dt>{words.originLabel}</dt>
        <dd>
          <OriginText item={commitment} />
        </dd>
        <dt>{words.minister}</dt>
        <dd>{commitment.responsibleMinister}</dd>
        <dt>{words.source}</dt>
        <dd>{commitment.source}</dd>
      </dl>

      <section className="page-section" aria-labelledby="aanbevelingen">
        <h2 className="utrecht-heading-2" id="aanbevelingen">
          {words.recommendations}
        </h2>
        {commitment.recommendations.length === 0 ? (
          <p className="utrecht-paragraph">{words.recommendationsEmpty}</p>
        ) : (
          <DataTable caption={words.recommendationsCaption} columns={Object.values(words.recommendationColumns)}>
            {commitment.recommendations.map((recommendation) => (
              <tr key={recommendation.id}>
                <td>{recommendation.number}</td>
                <th scope="row">
                  <Link className="utrecht-link" href={`/aanbevelingen/${encodeURIComponent(recommendation.id)}`}>
                    {recommendation.title}
                  </Link>
                </th>
                <td>{recommendation.evaluation}</td>
                <td>
                  <ImplementationStatusBadge status={recommendation.status} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section className="page-section" aria-labelledby="voldaan-met">
        <h2 className="utrecht-heading-2" id="voldaan-met">
          {words.documentTitle}
        </h2>
        {commitment.fulfilledByDocument ? (
          <p className="utrecht-paragraph">
            <DocumentReference document={commitment.fulfilledByDocument} />
          </p>
        ) : (
          <p className="utrecht-paragraph">{words.documentNone}</p>
        )}
      </section>

      {options && (
        <section className="page-section">
          <CommitmentOutcomeForm
            action={recordCommitmentOutcomeAction}
            commitmentId={commitment.id}
            version={commitment.version}
            status={commitment.status}
            documentId={commitment.fulfilledByDocument?.id ?? null}
            documents={options.documents}
          />
        </section>
      )}

      <section className="page-section" aria-labelledby="geschiedenis">
        <h2 className="utrecht-heading-2" id="geschiedenis">
          {words.historyTitle}
        </h2>
        <HistoryList
          entries={history.entries.map(toHistoryListEntry)}
          subjectType="Commitment"
          emptyText={words.historyEmpty}
        />
        {history.more && <p className="utrecht-paragraph meta">{words.historyTruncated(history.entries.length)}</p>}
      </section>
    </>
  );
}

function toHistoryListEntry(entry: HistoryEntry): HistoryListEntry {
  return { ...entry, changes: entry.changes.map((change) => ({ ...change, after: change.after })) };
}
