// The parliamentary moments in date order as an ordered list: sent documents and commitment
// deadlines, with today as its own item between the past and the coming. A list styled as a
// timeline (a line and markers in CSS), so it reads the same without styles and at any width.
import Link from "next/link";
import type { CommitmentList, TimelineMoment } from "@/lib/commitments/list-commitments";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { CommitmentStatusBadge } from "@/components/commitments/commitment-status-badge";
import { DocumentReference } from "@/components/commitments/document-reference";

export function CommitmentTimeline({ timeline, today }: { timeline: CommitmentList["timeline"]; today: string }) {
  const words = nl.commitments;
  return (
    <ol className="timeline">
      {timeline.past.map((moment) => (
        <Moment key={moment.key} moment={moment} when="past" />
      ))}
      <li className="timeline__item timeline__item--today" aria-current="date">
        <p className="utrecht-paragraph timeline__date">
          <strong>
            <time dateTime={today}>{words.timelineToday(formatCalendarDate(today))}</time>
          </strong>
        </p>
      </li>
      {timeline.coming.map((moment) => (
        <Moment key={moment.key} moment={moment} when="coming" />
      ))}
    </ol>
  );
}

function Moment({ moment, when }: { moment: TimelineMoment; when: "past" | "coming" }) {
  const words = nl.commitments;
  return (
    <li className={`timeline__item timeline__item--${moment.kind} timeline__item--${when}`}>
      <p className="utrecht-paragraph timeline__date">
        <time dateTime={moment.date}>{formatCalendarDate(moment.date)}</time>
        <span className="visually-hidden"> ({when === "past" ? words.timelinePast : words.timelineComing})</span>
      </p>
      <p className="utrecht-paragraph timeline__kind">
        <span className="timeline__marker" aria-hidden="true">
          {moment.kind === "document" ? "✉" : "◆"}
        </span>{" "}
        {moment.kind === "document" ? words.timelineSent : words.timelineDeadline}
      </p>
      <p className="utrecht-paragraph timeline__what">
        {moment.kind === "document" ? (
          <DocumentReference document={moment.document} />
        ) : (
          <>
            <Link className="utrecht-link" href={`/toezeggingen/${encodeURIComponent(moment.commitment.id)}`}>
              {moment.commitment.title}
            </Link>{" "}
            <CommitmentStatusBadge status={moment.commitment.status} />
          </>
        )}
      </p>
    </li>
  );
}
