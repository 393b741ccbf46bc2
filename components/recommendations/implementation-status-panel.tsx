// The status on the internal scale and on the OECD scale side by side, and beneath it why:
// the rule that derived it from the actions in one sentence, or the coordinator's override
// with its reason, who and when (and what the actions would give instead).
import type { RecommendationDetail } from "@/lib/recommendations/get-recommendation";
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/clock";
import { ImplementationStatusBadge } from "@/components/ui/status-badge";

type Props = Pick<RecommendationDetail, "status" | "oecdGrade" | "derived" | "override">;

export function ImplementationStatusPanel({ status, oecdGrade, derived, override }: Props) {
  const words = nl.recommendationDetail;
  return (
    <>
      <dl className="status-scales">
        <div className="status-scales__scale">
          <dt>{words.internalScale}</dt>
          <dd>
            <ImplementationStatusBadge status={status} />
            {override && <span className="status-note">{nl.recommendations.overridden}</span>}
          </dd>
        </div>
        <div className="status-scales__scale">
          <dt>{words.oecdScale}</dt>
          <dd className="status-scales__oecd">{nl.oecdGrade[oecdGrade]}</dd>
        </div>
      </dl>
      {override ? (
        <div className="status-override">
          <p className="utrecht-paragraph">
            <strong>
              {override.by && override.at
                ? words.overriddenBy(override.by, formatTimestamp(override.at))
                : words.overriddenByUnknown}
            </strong>
          </p>
          {override.reason && (
            <p className="utrecht-paragraph status-override__reason">{words.overrideReason(override.reason)}</p>
          )}
          <p className="utrecht-paragraph meta">
            {words.derivedInstead} {derived.sentence}
          </p>
        </div>
      ) : (
        <p className="utrecht-paragraph status-explanation">{derived.sentence}</p>
      )}
    </>
  );
}
