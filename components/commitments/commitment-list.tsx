// The commitments as a list of cards (not a table: seven facts per commitment read better
// stacked, also at 400 px): title, original wording and date, origin, minister, linked
// recommendations, status and the fulfilling document.
import Link from "next/link";
import type { CommitmentListItem } from "@/lib/commitments/list-commitments";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";
import { CommitmentStatusBadge } from "@/components/commitments/commitment-status-badge";
import { DocumentReference } from "@/components/commitments/document-reference";

export function CommitmentList({ items }: { items: CommitmentListItem[] }) {
  const words = nl.commitments;
  return (
    <ul className="commitment-cards">
      {items.map((item) => (
        <li key={item.id} className="commitment-card">
          <h3 className="utrecht-heading-3 commitment-card__title">
            <Link className="utrecht-link" href={`/toezeggingen/${encodeURIComponent(item.id)}`}>
              {item.title}
            </Link>{" "}
            {item.isIllustrative && <IllustrativeMarker />}
          </h3>
          <dl className="details-list commitment-card__details">
            <dt>{words.statusLabel}</dt>
            <dd>
              <CommitmentStatusBadge status={item.status} />
            </dd>
            <dt>{words.wording}</dt>
            <dd>‘{item.originalWording}’</dd>
            <dt>{words.dueDate}</dt>
            <dd>
              <time dateTime={item.dueDate}>{formatCalendarDate(item.dueDate)}</time>
            </dd>
            <dt>{words.originLabel}</dt>
            <dd>
              <OriginText item={item} />
            </dd>
            <dt>{words.minister}</dt>
            <dd>{item.responsibleMinister}</dd>
            <dt>{words.recommendations}</dt>
            <dd>
              {item.recommendations.length === 0
                ? words.recommendationsNone
                : `${words.recommendationsCount(item.recommendations.length)}: ${item.recommendations.map((recommendation) => words.recommendationNumber(recommendation.number)).join(", ")}`}
            </dd>
            <dt>{words.fulfilledBy}</dt>
            <dd>
              {item.fulfilledByDocument ? (
                <DocumentReference document={item.fulfilledByDocument} />
              ) : (
                words.fulfilledByNone
              )}
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function OriginText({
  item,
}: {
  item: Pick<CommitmentListItem, "origin" | "originDocument" | "originDescription">;
}) {
  return (
    <>
      {nl.commitments.origin[item.origin]}
      {item.originDocument && (
        <>
          : <DocumentReference document={item.originDocument} />
        </>
      )}
      {item.originDescription && <span className="meta-line">{item.originDescription}</span>}
    </>
  );
}
