// The "Versies" tab: every version newest first (50 a page) with restore for the
// Coördinator while the text is editable, and the word diff between two versions chosen
// in a GET form (?van=3&naar=5), so the comparison is a link and works without JavaScript.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/require-user";
import { getLetterVersions } from "@/lib/letters/get-letter-versions";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { recordId } from "@/lib/validation/fields";
import { formatTimestamp } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { Pagination } from "@/components/ui/pagination";
import { RestoreVersionForm } from "@/components/letters/restore-version-form";
import { VersionDiff } from "@/components/letters/version-diff";
import { restoreLetterVersionAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ pagina?: string; van?: string; naar?: string }>;
};

export const metadata: Metadata = { title: nl.letterEditor.versionsPageTitle };

const VersionNumberParam = z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined);

export default async function LetterVersionsPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  if (!recordId.safeParse(id).success) notFound();
  const letter = await getLetterVersions({
    actor,
    id,
    page: PageNumberSchema.parse(query.pagina),
    from: VersionNumberParam.parse(query.van || undefined),
    to: VersionNumberParam.parse(query.naar || undefined),
  });
  if (!letter) notFound();
  const words = nl.letterEditor;
  const compareWords = nl.letterCompare.versions;
  const path = `/rapportages/${encodeURIComponent(letter.id)}/versies`;
  const numbers = Array.from({ length: letter.latestVersionNumber }, (_, index) => letter.latestVersionNumber - index);
  const compare = letter.compare;
  const hrefFor = (page: number) => {
    const params = new URLSearchParams({ pagina: String(page) });
    if (query.van) params.set("van", query.van);
    if (query.naar) params.set("naar", query.naar);
    return `${path}?${params}`;
  };

  return (
    <div className="letter-versions">
      <h2 className="utrecht-heading-2" id="versies-titel">
        {words.versionsHeading}
      </h2>
      <div className="utrecht-table-container table-scroll" role="region" aria-labelledby="versies-titel" tabIndex={0}>
        <table className="utrecht-table letter-versions-table">
          <caption className="utrecht-table__caption visually-hidden">{words.versionsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.versionsColumns.number}</th>
              <th scope="col">{words.versionsColumns.kind}</th>
              <th scope="col">{words.versionsColumns.note}</th>
              <th scope="col">{words.versionsColumns.author}</th>
              <th scope="col">{words.versionsColumns.time}</th>
              {letter.may.restore && <th scope="col">{words.versionsColumns.restore}</th>}
            </tr>
          </thead>
          <tbody>
            {letter.versions.map((version) => (
              <tr key={version.versionNumber}>
                <th scope="row">
                  {version.versionNumber}
                  {version.versionNumber === letter.latestVersionNumber && <> ({words.newest})</>}
                </th>
                <td>{words.versionKinds[version.kind] ?? version.kind}</td>
                <td>{version.note ?? ""}</td>
                <td>{version.author}</td>
                <td>{formatTimestamp(version.createdAt)}</td>
                {letter.may.restore && (
                  <td>
                    {version.versionNumber !== letter.latestVersionNumber && (
                      <RestoreVersionForm
                        action={restoreLetterVersionAction}
                        letterId={letter.id}
                        version={letter.version}
                        versionNumber={version.versionNumber}
                      />
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={letter.page} pageCount={letter.pageCount} hrefFor={hrefFor} />

      <section className="page-section" aria-labelledby="vergelijken-titel">
        <h2 className="utrecht-heading-2" id="vergelijken-titel">
          {compareWords.heading}
        </h2>
        {compare === null ? (
          <p className="utrecht-paragraph">{compareWords.needTwo}</p>
        ) : (
          <>
            <form method="get" action={path} className="compare-versions-form">
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor="vergelijk-van">
                  {compareWords.from}
                </label>
                <select
                  className="utrecht-select utrecht-select--html-select"
                  id="vergelijk-van"
                  name="van"
                  defaultValue={String(compare.from)}
                >
                  {numbers.map((number) => (
                    <option key={number} value={number}>
                      {number}
                    </option>
                  ))}
                </select>
              </div>
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor="vergelijk-naar">
                  {compareWords.to}
                </label>
                <select
                  className="utrecht-select utrecht-select--html-select"
                  id="vergelijk-naar"
                  name="naar"
                  defaultValue={String(compare.to)}
                >
                  {numbers.map((number) => (
                    <option key={number} value={number}>
                      {number}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                {compareWords.submit}
              </button>
            </form>
            {compare.outcome === "same-version" && <p className="utrecht-paragraph">{compareWords.same}</p>}
            {compare.outcome === "not-found" && <p className="utrecht-paragraph">{compareWords.notFound}</p>}
            {compare.diff && (
              <>
                <p className="utrecht-paragraph">{compareWords.intro(compare.from, compare.to)}</p>
                <VersionDiff diff={compare.diff} />
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
