// "Wat is er veranderd" (every reader of the letter): this letter's snapshot against the
// previous sent letter's, or, for the first letter about a commitment, the explanation that
// there is nothing to compare with and everything is new.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getLetterComparison } from "@/lib/letters/get-letter-comparison";
import { recordId } from "@/lib/validation/fields";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { LetterComparisonView } from "@/components/letters/letter-comparison";

export const metadata: Metadata = { title: nl.letterCompare.title };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ alle?: string | string[] }> };

export default async function LetterComparisonPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const { alle } = await searchParams;
  if (!recordId.safeParse(id).success) notFound();
  const page = await getLetterComparison({ actor, id });
  if (!page) notFound();
  const words = nl.letterCompare;

  return (
    <section aria-labelledby="vergelijking-titel" className="letter-compare">
      <h2 className="utrecht-heading-2" id="vergelijking-titel">
        {words.title}
      </h2>
      {page.kind === "no-snapshot" ? (
        <p className="utrecht-paragraph">{words.noSnapshot}</p>
      ) : (
        <>
          {page.previous.kind === "letter" ? (
            <>
              <p className="utrecht-paragraph">
                {words.comparedWith(
                  documentName(page.previous.document),
                  formatCalendarDate(page.previous.document.date),
                )}
              </p>
              <p className="utrecht-paragraph meta">
                {words.peildata(
                  formatCalendarDate(page.comparison.peildatum.then!),
                  formatCalendarDate(page.comparison.peildatum.now),
                )}
              </p>
            </>
          ) : (
            <>
              <p className="utrecht-paragraph letter-compare__first">
                {page.previous.kind === "first" ? words.firstLetter : words.previousMissing}
              </p>
              <p className="utrecht-paragraph meta">
                {words.peildatum(formatCalendarDate(page.comparison.peildatum.now))}
              </p>
            </>
          )}
          <LetterComparisonView
            comparison={page.comparison}
            expanded={typeof alle === "string" ? alle : undefined}
            path={`/rapportages/${encodeURIComponent(id)}/wijzigingen`}
          />
        </>
      )}
    </section>
  );
}

function documentName(document: { dossier: string | null; number: string | null; title: string }): string {
  return document.dossier && document.number
    ? nl.commitments.kamerstuk(document.dossier, document.number)
    : document.title;
}
