// The promises to parliament a recommendation is linked to: title, the original wording,
// the concrete due date and the status.
import type { RecommendationDetail } from "@/lib/recommendations/get-recommendation";
import { nl } from "@/lib/i18n/nl";
import { formatCalendarDate } from "@/lib/clock";
import { IllustrativeMarker } from "@/components/ui/illustrative-marker";

export function RecommendationCommitments({ commitments }: { commitments: RecommendationDetail["commitments"] }) {
  const words = nl.recommendationDetail;
  if (commitments.length === 0) return <p className="utrecht-paragraph">{words.commitmentsEmpty}</p>;
  return (
    <ul className="commitment-list">
      {commitments.map((commitment) => (
        <li key={commitment.id} className="commitment-list__item">
          <p className="utrecht-paragraph commitment-list__title">
            <strong>{commitment.title}</strong>{" "}
            <span className="status-badge status-badge--neutral">{words.commitmentStatus[commitment.status]}</span>
            {commitment.isIllustrative && <IllustrativeMarker />}
          </p>
          <p className="utrecht-paragraph">{words.commitmentWording(commitment.originalWording)}</p>
          <p className="utrecht-paragraph meta">{words.commitmentDue(formatCalendarDate(commitment.dueDate))}</p>
        </li>
      ))}
    </ul>
  );
}
