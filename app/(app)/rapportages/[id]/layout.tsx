// The frame of every page of one Kamerbrief: back link, title, status, the commitment it
// fulfils, the newest version, the sent document, and the tabs (Brief · Versies · Wat is er
// veranderd). The workflow controls (Coördinator; for others a line saying who acts next)
// and the downloads sit here too, so they are at hand on every tab. A letter the actor may
// not read (yet) is a 404, as if it did not exist.
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getLetterHeader } from "@/lib/letters/get-letter-header";
import { recordId } from "@/lib/validation/fields";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { LetterStatusBadge } from "@/components/letters/letter-status-badge";
import { SubNavigation } from "@/components/layout/sub-navigation";
import { LetterWorkflowPanel } from "@/components/letters/letter-workflow-panel";
import { LetterDownloads } from "@/components/letters/letter-downloads";
import { LETTER_TRANSITIONS } from "@/lib/letters/letter-status";
import { countOpenRemarks } from "@/lib/letters/count-open-remarks";
import { pdfPrinterAvailable } from "@/lib/letters/print-pdf";
import {
  approveLetterAction,
  markLetterSentAction,
  returnLetterToDraftAction,
  submitLetterForReviewAction,
} from "./workflow-actions";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

type Props = { children: ReactNode; params: Promise<{ id: string }> };

export default async function LetterLayout({ children, params }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  if (!recordId.safeParse(id).success) notFound();
  const letter = await getLetterHeader(actor, id);
  if (!letter) notFound();
  const words = nl.letterPage;
  const path = `/rapportages/${encodeURIComponent(letter.id)}`;
  const sent = letter.sentDocument;
  const next = LETTER_TRANSITIONS[letter.status];
  const openRemarks =
    letter.may.manage && next.includes("APPROVED") ? await countOpenRemarks({ actor, letterId: letter.id }) : 0;

  return (
    <>
      <Breadcrumbs trail={[{ href: "/rapportages", label: nl.nav.letters }]} current={letter.title} />
      <h1 className="utrecht-heading-1">{letter.title}</h1>
      <dl className="details-list letter-header">
        <dt>{words.status}</dt>
        <dd>
          <LetterStatusBadge status={letter.status} />
        </dd>
        {letter.commitment && (
          <>
            <dt>{words.commitment}</dt>
            <dd>
              <Link className="utrecht-link" href={`/toezeggingen/${encodeURIComponent(letter.commitment.id)}`}>
                {letter.commitment.title}
              </Link>{" "}
              ({formatCalendarDate(letter.commitment.dueDate)})
            </dd>
          </>
        )}
        {letter.evaluation && (
          <>
            <dt>{nl.reports.evaluation}</dt>
            <dd>{letter.evaluation.title}</dd>
          </>
        )}
        {letter.sentOn && (
          <>
            <dt>{nl.reports.sentOn}</dt>
            <dd>{formatCalendarDate(letter.sentOn)}</dd>
          </>
        )}
        <dt>{words.latestVersion}</dt>
        <dd>{letter.latestVersionNumber}</dd>
        {sent && (
          <>
            <dt>{words.sentAs}</dt>
            <dd>
              {[
                sent.dossier && sent.number ? `Kamerstuk ${sent.dossier}, nr. ${sent.number}` : sent.title,
                formatCalendarDate(sent.date),
              ].join(", ")}
            </dd>
          </>
        )}
      </dl>
      <div className="letter-controls">
        {letter.may.manage ? (
          <LetterWorkflowPanel
            letterId={letter.id}
            version={letter.version}
            status={letter.status}
            next={next}
            openRemarks={openRemarks}
            withKamerstuk={letter.kind === "KAMERBRIEF"}
            actions={{
              submit: submitLetterForReviewAction,
              approve: approveLetterAction,
              return: returnLetterToDraftAction,
              send: markLetterSentAction,
            }}
          />
        ) : (
          <p className="utrecht-paragraph letter-controls__next">{nl.letterWorkflow.whoIsNext[letter.status]}</p>
        )}
        <LetterDownloads letterId={letter.id} pdfAvailable={await pdfPrinterAvailable()} />
      </div>
      <SubNavigation
        label={words.tabs}
        items={[
          { href: path, label: words.tabLetter },
          { href: `${path}/versies`, label: words.tabVersions },
          { href: `${path}/wijzigingen`, label: words.tabCompare },
        ]}
      />
      {children}
    </>
  );
}
