// Rapportages, the Kamerbrieven tab: the letters the actor may read, newest first, and for the coordinator the
// form that generates a concept for a commitment.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { listLetterDrafts, LETTERS_PAGE_SIZE } from "@/lib/letters/list-letter-drafts";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { formatCalendarDate } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { Pagination } from "@/components/ui/pagination";
import { LetterList } from "@/components/letters/letter-list";
import { CreateLetterForm } from "@/components/letters/create-letter-form";
import { ReportTabs } from "@/components/letters/report-tabs";
import { createLetterDraftAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: `${nl.letterList.pageTitle} · ${nl.reports.pageTitle}` };

export default async function LettersPage({ searchParams }: Props) {
  const actor = await requireUser();
  const query = await searchParams;
  const list = await listLetterDrafts({ actor, page: PageNumberSchema.parse(query.pagina) });
  const words = nl.letterList;

  return (
    <>
      <h1 className="utrecht-heading-1">{nl.reports.pageTitle}</h1>
      <ReportTabs />
      <p className="utrecht-paragraph lead">{words.intro}</p>
      {!list.may.manage && <p className="utrecht-paragraph">{words.introReader}</p>}

      {list.may.manage && (
        <section className="page-section letter-create" aria-label={words.createTitle}>
          {list.commitments.length === 0 ? (
            <p className="utrecht-paragraph">{words.noCommitments}</p>
          ) : (
            <CreateLetterForm
              action={createLetterDraftAction}
              commitments={list.commitments.map((commitment) => ({
                value: commitment.id,
                label: words.commitmentOption(
                  commitment.title,
                  nl.commitments.status[commitment.status],
                  formatCalendarDate(commitment.dueDate),
                ),
              }))}
            />
          )}
        </section>
      )}

      <section className="page-section" aria-labelledby="alle-kamerbrieven">
        <h2 className="utrecht-heading-2" id="alle-kamerbrieven">
          {words.listTitle}
        </h2>
        {list.total === 0 ? (
          <p className="utrecht-paragraph">{list.may.manage ? words.emptyCoordinator : words.emptyReader}</p>
        ) : (
          <>
            {list.pageCount > 1 && (
              <p className="utrecht-paragraph meta">
                {words.range(
                  (list.page - 1) * LETTERS_PAGE_SIZE + 1,
                  Math.min(list.page * LETTERS_PAGE_SIZE, list.total),
                  list.total,
                )}
              </p>
            )}
            <LetterList items={list.items} reportsOn="commitment" />
            <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => `/rapportages?pagina=${page}`} />
          </>
        )}
      </section>
    </>
  );
}
