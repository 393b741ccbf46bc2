// A parliamentary document as one line: its Kamerstuk number (or title), the title and date,
// linked to its public address when there is one.
import type { DocumentSummary } from "@/lib/commitments/commitment-record";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";

export function DocumentReference({ document }: { document: DocumentSummary }) {
  const name = document.label === document.title ? document.title : `${document.label}: ${document.title}`;
  return (
    <>
      {document.url ? (
        <a className="utrecht-link" href={document.url} rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        name
      )}{" "}
      <span className="meta-line">
        {nl.commitments.documentType[document.type]} · {formatCalendarDate(document.date)}
      </span>
    </>
  );
}
