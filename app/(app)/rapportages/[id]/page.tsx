// The "Brief" tab: the newest version of the letter as a document, the peildatum of the data
// it reports, and per section its remarks and (Coördinator, while the text is editable) an
// "Bewerken" link per section that opens its one edit form (?sectie=<key>, without JavaScript too).
// A long letter shows a part at a time (?deel=<n>, lib/letters/letter-parts.ts) under a
// list of contents with every section.
// Statements: the layout's header, the letter with its newest version, and the remarks.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getLetterPage, type LetterPage } from "@/lib/letters/get-letter-page";
import { listLetterRemarks, type LetterRemarkView } from "@/lib/letters/list-letter-remarks";
import type { LetterSection } from "@/lib/letters/letter-content";
import { tableRowsToText } from "@/lib/letters/summary-table-text";
import { LETTER_LIMITS } from "@/lib/validation/letters-edit";
import { recordId } from "@/lib/validation/fields";
import { formatCalendarDate, formatTimestamp } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { LetterDocument } from "@/components/letters/letter-document";
import { letterPart, type LetterPart } from "@/lib/letters/letter-parts";
import { Pagination } from "@/components/ui/pagination";
import { RegenerateLetterForm } from "@/components/letters/regenerate-letter-form";
import { regenerateLetterDraftAction } from "../actions";
import { LetterSectionForm } from "@/components/letters/letter-section-form";
import { LetterDetailsForm } from "@/components/letters/letter-details-form";
import { LetterRemarks } from "@/components/letters/letter-remarks";
import { LetterRemarkForm } from "@/components/letters/letter-remark-form";
import { ResolveRemarkForm } from "@/components/letters/resolve-remark-form";
import { getMissingEnglish } from "@/lib/reports/get-missing-english";
import { reportKind } from "@/lib/reports/report-kinds";
import { MissingEnglish } from "@/components/letters/missing-english";
import {
  acceptDutchTextAction,
  addLetterRemarkAction,
  editLetterDetailsAction,
  editLetterSectionAction,
  resolveLetterRemarkAction,
} from "./actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ sectie?: string | string[]; deel?: string | string[] }>;
};

export const metadata: Metadata = { title: nl.letterEditor.pageTitle };

export default async function LetterTextPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const { sectie, deel } = await searchParams;
  if (!recordId.safeParse(id).success) notFound();
  const [letter, remarks] = await Promise.all([
    getLetterPage({ actor, id }),
    listLetterRemarks({ actor, letterId: id }),
  ]);
  if (!letter) notFound();
  const missing = await getMissingEnglish({ id: letter.id, kind: letter.content.kind ?? "KAMERBRIEF" });
  const words = nl.letterEditor;
  const openSection = typeof sectie === "string" ? sectie : undefined;
  const { content } = letter;
  const nameOf = (section: LetterSection) =>
    section.heading ?? words.untitledSection(content.sections.indexOf(section) + 1);
  const part = letterPart(content.sections, {
    part: typeof deel === "string" ? deel : undefined,
    section: openSection,
  });
  const partHref = (number: number) => `/rapportages/${encodeURIComponent(letter.id)}?deel=${number}`;

  return (
    <div className="letter-page">
      <p className="utrecht-paragraph letter-page__meta">
        {letter.peildatum && (
          <>
            <strong>{words.peildatum(formatCalendarDate(letter.peildatum))}</strong>
            <br />
          </>
        )}
        {words.versionLine(letter.versionNumber, letter.savedBy, formatTimestamp(letter.savedAt))}
      </p>
      {(letter.status === "APPROVED" || letter.status === "SENT") && (
        <div className="utrecht-alert form-alert letter-locked" role="note">
          <p className="utrecht-paragraph">{letter.status === "APPROVED" ? words.lockedApproved : words.lockedSent}</p>
        </div>
      )}
      {reportKind(letter.content.kind ?? "KAMERBRIEF").requiresEnglish && (
        <MissingEnglish
          letterId={letter.id}
          items={missing.items}
          accept={letter.may.editText ? acceptDutchTextAction : undefined}
        />
      )}
      {letter.may.editText && !content.titlePage && (
        <details className="letter-edit letter-edit--details" open={openSection === "briefhoofd" || undefined}>
          <summary className="letter-edit__summary">{words.editDetails}</summary>
          <LetterDetailsForm
            action={editLetterDetailsAction}
            letterId={letter.id}
            version={letter.version}
            letterhead={content.letterhead}
            signatories={content.signatories}
            maxSignatories={LETTER_LIMITS.signatories}
          />
        </details>
      )}
      {part.count > 1 && <LetterContents sections={content.sections} part={part} nameOf={nameOf} partHref={partHref} />}
      <LetterDocument
        content={content}
        part={part}
        sectionExtras={(section) => (
          <SectionTools
            letter={letter}
            section={section}
            name={nameOf(section)}
            remarks={remarks[section.key] ?? []}
            open={openSection === section.key}
          />
        )}
      />
      <Pagination page={part.number} pageCount={part.count} hrefFor={partHref} />
      {letter.may.editText && (
        <RegenerateLetterForm action={regenerateLetterDraftAction} letterDraftId={letter.id} version={letter.version} />
      )}
    </div>
  );
}

/** Every section's heading, linked to it in its part; the sections of the part shown are marked. */
function LetterContents({
  sections,
  part,
  nameOf,
  partHref,
}: {
  sections: LetterSection[];
  part: LetterPart;
  nameOf: (section: LetterSection) => string;
  partHref: (number: number) => string;
}) {
  const words = nl.letterEditor;
  return (
    <nav className="letter-contents" aria-labelledby="brief-inhoud">
      <h2 className="utrecht-heading-2" id="brief-inhoud">
        {words.contents}
      </h2>
      <p className="utrecht-paragraph">{words.partShown(part.number, part.count)}</p>
      <ol>
        {sections.map((section) => {
          const number = part.partOf(section.key);
          return (
            <li key={section.key}>
              <Link
                className="utrecht-link"
                href={`${number === part.number ? "" : partHref(number)}#sectie-${section.key}`}
                aria-current={number === part.number ? "true" : undefined}
                prefetch={false}
              >
                {nameOf(section)}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function SectionTools({
  letter,
  section,
  name,
  remarks,
  open,
}: {
  letter: LetterPage;
  section: LetterSection;
  name: string;
  remarks: LetterRemarkView[];
  open: boolean;
}) {
  const words = nl.letterEditor;
  const openCount = remarks.filter((remark) => !remark.resolved).length;
  const showRemarks = remarks.length > 0 || letter.may.remark;
  if (!letter.may.editText && !showRemarks) return null;
  return (
    <div className="letter-section-tools">
      {letter.may.editText && !open && (
        // A link, not a form per section: a letter of 50 recommendations would carry 50 copies
        // of its text in editable forms (1 MB per view). ?sectie= opens one, without JS too.
        <p className="letter-edit">
          <Link
            className="letter-edit__summary"
            href={`?sectie=${encodeURIComponent(section.key)}#sectie-${section.key}`}
          >
            {words.edit}
            <span className="visually-hidden">: {name}</span>
          </Link>
        </p>
      )}
      {letter.may.editText && open && (
        <details className="letter-edit" open>
          <summary className="letter-edit__summary">
            {words.edit}
            <span className="visually-hidden">: {name}</span>
          </summary>
          <LetterSectionForm
            action={editLetterSectionAction}
            letterId={letter.id}
            version={letter.version}
            sectionKey={section.key}
            heading={section.heading}
            body={section.kind === "table" ? tableRowsToText(section.rows) : section.body}
            columns={section.kind === "table" ? section.columns : null}
          />
        </details>
      )}
      {showRemarks && (
        <div className="letter-remarks-block">
          {remarks.length > 0 && (
            <>
              <h3 className="utrecht-heading-3 letter-remarks-block__heading">
                {words.remarksHeading(openCount, remarks.length)}
                <span className="visually-hidden"> ({words.remarksFor(name)})</span>
              </h3>
              <LetterRemarks
                remarks={remarks}
                resolveForm={
                  letter.may.manage
                    ? (remark) => (
                        <ResolveRemarkForm
                          action={resolveLetterRemarkAction}
                          letterId={letter.id}
                          remarkId={remark.id}
                          version={remark.version}
                          author={remark.author}
                        />
                      )
                    : undefined
                }
              />
            </>
          )}
          {letter.may.remark && (
            <details className="letter-edit">
              <summary className="letter-edit__summary">
                {words.addRemark}
                <span className="visually-hidden">: {name}</span>
              </summary>
              <LetterRemarkForm action={addLetterRemarkAction} letterId={letter.id} sectionKey={section.key} />
            </details>
          )}
        </div>
      )}
    </div>
  );
}
