// Toezeggingen: the commitments with their wording, date, origin, minister, recommendations,
// status and fulfilling document, and the timeline of parliamentary moments.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { listCommitments, COMMITMENTS_PAGE_SIZE } from "@/lib/commitments/list-commitments";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { nl } from "@/lib/i18n/nl";
import { Pagination } from "@/components/ui/pagination";
import { CommitmentList } from "@/components/commitments/commitment-list";
import { CommitmentTimeline } from "@/components/commitments/commitment-timeline";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: nl.commitments.pageTitle };

export default async function CommitmentsPage({ searchParams }: Props) {
  const actor = await requireUser();
  const query = await searchParams;
  const list = await listCommitments({ actor, page: PageNumberSchema.parse(query.pagina) });
  const words = nl.commitments;

  return (
    <>
      <h1 className="utrecht-heading-1">{words.pageTitle}</h1>
      <p className="utrecht-paragraph lead">{words.intro}</p>
      {list.may.manage && (
        <p className="page-actions">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href="/toezeggingen/nieuw"
          >
            {words.add}
          </Link>
        </p>
      )}

      <section className="page-section" aria-labelledby="alle-toezeggingen">
        <h2 className="utrecht-heading-2" id="alle-toezeggingen">
          {words.listTitle}
        </h2>
        {list.total === 0 ? (
          <p className="utrecht-paragraph">{words.empty}</p>
        ) : (
          <>
            {list.pageCount > 1 && (
              <p className="utrecht-paragraph meta">
                {words.range(
                  (list.page - 1) * COMMITMENTS_PAGE_SIZE + 1,
                  Math.min(list.page * COMMITMENTS_PAGE_SIZE, list.total),
                  list.total,
                )}
              </p>
            )}
            <CommitmentList items={list.items} />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              hrefFor={(page) => `/toezeggingen?pagina=${page}`}
            />
          </>
        )}
      </section>

      <section className="page-section" aria-labelledby="tijdlijn">
        <h2 className="utrecht-heading-2" id="tijdlijn">
          {words.timelineTitle}
        </h2>
        <p className="utrecht-paragraph">{words.timelineIntro}</p>
        <CommitmentTimeline timeline={list.timeline} today={list.today} />
      </section>
    </>
  );
}
