// The remarks on one section: open ones first with who and when, resolved ones with who
// resolved them, when, and the note. Status is said in words, not only by styling.
import type { ReactNode } from "react";
import { formatTimestamp } from "@/lib/calendar-date";
import { nl } from "@/lib/i18n/nl";
import type { LetterRemarkView } from "@/lib/letters/list-letter-remarks";

type Props = {
  remarks: LetterRemarkView[];
  /** The resolve form for an open remark, when the actor may resolve. */
  resolveForm?: (remark: LetterRemarkView) => ReactNode;
};

export function LetterRemarks({ remarks, resolveForm }: Props) {
  const words = nl.letterEditor;
  return (
    <ul className="letter-remarks">
      {remarks.map((remark) => (
        <li key={remark.id} className={`letter-remark${remark.resolved ? " letter-remark--resolved" : ""}`}>
          <p className="utrecht-paragraph letter-remark__meta">
            <span className={`status-badge status-badge--${remark.resolved ? "success" : "warning"}`}>
              {remark.resolved ? words.remarkResolved : words.remarkOpen}
            </span>{" "}
            {words.remarkBy(remark.author, formatTimestamp(remark.createdAt), remark.versionNumber)}
          </p>
          <p className="utrecht-paragraph letter-remark__text">{remark.text}</p>
          {remark.resolved ? (
            <p className="utrecht-paragraph letter-remark__resolution">
              {words.remarkResolvedBy(remark.resolved.by, formatTimestamp(remark.resolved.at))}
              {remark.resolved.resolution && <>: {remark.resolved.resolution}</>}
            </p>
          ) : (
            resolveForm?.(remark)
          )}
        </li>
      ))}
    </ul>
  );
}
