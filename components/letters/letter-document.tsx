// One version of a Kamerbrief as a document: letterhead, salutation, sections (text and the
// summary table), sign-off and signatories. The letter page renders it (with controls per
// section through `sectionExtras`), and so does the page Chromium prints to PDF, so the
// screen, the PDF and (through the same content) the .docx say the same thing.
import type { ReactNode } from "react";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { LETTER_ADDRESSEE, type LetterContent, type LetterSection } from "@/lib/letters/letter-content";
import { MarkupText } from "@/components/letters/markup-text";
import { reportKind } from "@/lib/reports/report-kinds";
import { englishDate } from "@/lib/reports/english-text";
import { oecdReportWords } from "@/lib/reports/oecd-report-words";

type Props = {
  content: LetterContent;
  /** Rendered after each section, e.g. its edit link and remarks. */
  sectionExtras?: (section: LetterSection) => ReactNode;
  /** The heading level of section headings (2 on the letter page; 2 in the printed letter, whose title is its h1). */
  headingLevel?: 2 | 3;
  /**
   * One part of a long letter (the letter page shows a part at a time): its sections, and
   * whether it opens the letter (addressee to salutation) or closes it (sign-off and
   * signatories). Without it, the whole letter.
   */
  part?: { sections: LetterSection[]; opens: boolean; closes: boolean };
};

export function LetterDocument({ content, sectionExtras, headingLevel = 2, part }: Props) {
  const words = nl.letterDocument;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { sections, opens, closes } = part ?? { sections: content.sections, opens: true, closes: true };
  const page = content.titlePage;
  return (
    <article className="letter-document" lang={reportKind(content.kind ?? "KAMERBRIEF").htmlLang}>
      {page && (
        <header className="letter-title-page">
          <p className="utrecht-paragraph">{page.country}</p>
          <p className="utrecht-paragraph letter-title-page__title">
            <strong>{page.title}</strong>
          </p>
          <p className="utrecht-paragraph">
            {page.evaluationDate ? oecdReportWords.evaluationOf(englishDate(page.evaluationDate)) : page.evaluation}
          </p>
          <p className="utrecht-paragraph">{oecdReportWords.reportingDate(englishDate(page.reportingDate))}</p>
          {content.containsIllustrativeData && (
            <p className="utrecht-paragraph letter-illustrative-note">
              <strong>{oecdReportWords.illustrativeMarker}</strong> {oecdReportWords.illustrativeNote}
            </p>
          )}
        </header>
      )}
      {!page && content.containsIllustrativeData && (
        <p className="utrecht-paragraph letter-illustrative-note">
          <strong>{nl.app.illustrative}:</strong> {words.illustrativeNote}
        </p>
      )}
      {opens && !page && (
        <>
          <address className="letter-addressee">
            {LETTER_ADDRESSEE.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </address>
          <dl className="letter-letterhead">
            <dt>{words.date}</dt>
            <dd>{formatCalendarDate(content.letterhead.date)}</dd>
            <dt>{words.subject}</dt>
            <dd>{content.letterhead.subject}</dd>
            <dt>{words.reference}</dt>
            <dd>{content.letterhead.reference}</dd>
          </dl>
          <p className="utrecht-paragraph letter-salutation">{content.salutation}</p>
        </>
      )}
      {sections.map((section) => (
        <section
          className="letter-section"
          key={section.key}
          id={`sectie-${section.key}`}
          aria-labelledby={section.heading ? `kop-${section.key}` : undefined}
        >
          {section.heading && (
            <Heading
              className={headingLevel === 2 ? "utrecht-heading-2" : "utrecht-heading-3"}
              id={`kop-${section.key}`}
            >
              {section.heading}
            </Heading>
          )}
          {section.kind === "text" ? <MarkupText text={section.body} /> : <SummaryTable section={section} />}
          {sectionExtras?.(section)}
        </section>
      ))}
      {closes && (
        <>
          {!page && <p className="utrecht-paragraph letter-sign-off">{content.signOff}</p>}
          {content.signatories.map((signatory, index) => (
            <p className="utrecht-paragraph letter-signatory" key={index}>
              {signatory.title}
              {signatory.name && (
                <>
                  <br />
                  {signatory.name}
                </>
              )}
            </p>
          ))}
        </>
      )}
    </article>
  );
}

function SummaryTable({ section }: { section: Extract<LetterSection, { kind: "table" }> }) {
  return (
    <div
      className="utrecht-table-container table-scroll"
      role="region"
      aria-label={section.heading ?? nl.letterDocument.summaryTable}
      tabIndex={0}
    >
      <table className="utrecht-table letter-summary-table">
        <thead>
          <tr>
            {section.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th scope="row" key={cellIndex}>
                    {cell}
                  </th>
                ) : (
                  <td key={cellIndex}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
