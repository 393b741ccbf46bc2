// Rapportages, the OESO-rapportage tab: the OECD Working Group on Bribery follow-up reports
// the actor may read, newest first, and for the coordinator the form that generates one for
// an evaluation of the Working Group (lib/reports/report-kinds.ts).
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/require-user";
import { listLetterDrafts } from "@/lib/letters/list-letter-drafts";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { nl } from "@/lib/i18n/nl";
import { Pagination } from "@/components/ui/pagination";
import { LetterList } from "@/components/letters/letter-list";
import { ReportTabs } from "@/components/letters/report-tabs";
import { CreateOecdReportForm } from "@/components/letters/create-oecd-report-form";
import { createOecdReportAction } from "../actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: `${nl.reports.tabOecd} · ${nl.reports.pageTitle}` };

export default async function OecdReportsPage({ searchParams }: Props) {
  const actor = await requireUser();
  const query = await searchParams;
  const list = await listLetterDrafts({ actor, kind: "OECD_WGB", page: PageNumberSchema.parse(query.pagina) });
  const words = nl.reports;

  return (
    <>
      <h1 className="utrecht-heading-1">{words.pageTitle}</h1>
      <ReportTabs />
      <p className="utrecht-paragraph lead">{words.oecdIntro}</p>
      {!list.may.manage && <p className="utrecht-paragraph">{nl.letterList.introReader}</p>}

      {list.may.manage && (
        <section className="page-section letter-create" aria-label={words.createTitle}>
          {list.evaluations.length === 0 ? (
            <p className="utrecht-paragraph">{words.noEvaluations}</p>
          ) : (
            <CreateOecdReportForm
              action={createOecdReportAction}
              evaluations={list.evaluations.map((evaluation) => ({ value: evaluation.id, label: evaluation.title }))}
            />
          )}
        </section>
      )}

      <section className="page-section" aria-labelledby="alle-oeso-rapporten">
        <h2 className="utrecht-heading-2" id="alle-oeso-rapporten">
          {words.oecdListTitle}
        </h2>
        {list.total === 0 ? (
          <p className="utrecht-paragraph">{words.oecdEmpty}</p>
        ) : (
          <>
            <LetterList items={list.items} reportsOn="evaluation" />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              hrefFor={(page) => `/rapportages/oeso?pagina=${page}`}
            />
          </>
        )}
      </section>
    </>
  );
}
