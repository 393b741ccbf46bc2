// The pages of a list paginated on the server: first and last, the numbers around the current
// page, previous / next, and a small "Ga naar pagina" form for a long list. Plain links and a
// GET form with the page in the URL, so the back button and a shared link show the same page
// and everything works without client JavaScript. One component for every paged list.
// Not prefetched: each prefetch would render a whole page of the list on the server.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { pageNumbersAround } from "@/lib/validation/page-numbers";

type Props = {
  page: number;
  pageCount: number;
  /** The URL of a page of this list, keeping its other parameters. */
  hrefFor: (page: number) => string;
};

const t = nl.pagination;

export function Pagination({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  const jump = jumpFormFor(hrefFor);
  return (
    <nav className="pagination utrecht-pagination" aria-label={t.label}>
      <ul className="pagination__list">
        {page > 1 && (
          <li>
            <Link
              className="utrecht-link utrecht-pagination__relative-link utrecht-pagination__relative-link--prev"
              href={hrefFor(page - 1)}
              rel="prev"
              prefetch={false}
            >
              {t.previous}
            </Link>
          </li>
        )}
        {pageNumbersAround(page, pageCount).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span
                  className="utrecht-pagination__page-link utrecht-pagination__page-link--current"
                  aria-current="page"
                >
                  <span className="visually-hidden">{t.currentPage(number)}</span>
                  <span aria-hidden="true">{number}</span>
                </span>
              ) : (
                <Link
                  className="utrecht-link utrecht-pagination__page-link"
                  href={hrefFor(number)}
                  prefetch={false}
                  aria-label={t.pageLink(number, pageCount)}
                >
                  {number}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link
              className="utrecht-link utrecht-pagination__relative-link utrecht-pagination__relative-link--next"
              href={hrefFor(page + 1)}
              rel="next"
              prefetch={false}
            >
              {t.next}
            </Link>
          </li>
        )}
      </ul>
      {pageCount > 7 && jump && (
        <form className="pagination__jump" method="get" action={jump.action}>
          {jump.hidden.map(([name, value], index) => (
            <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
          ))}
          <label className="utrecht-form-label" htmlFor={`${jump.parameter}-ga-naar`}>
            {t.goToLabel(pageCount)}
          </label>
          <input
            id={`${jump.parameter}-ga-naar`}
            className="utrecht-textbox utrecht-textbox--html-input pagination__number"
            type="number"
            inputMode="numeric"
            name={jump.parameter}
            min={1}
            max={pageCount}
            required
          />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t.goTo}
          </button>
        </form>
      )}
    </nav>
  );
}

/**
 * The GET form that reaches any page: the list's address, its other parameters as hidden
 * fields, and the name of the page parameter (the one that differs between page 2 and 3).
 */
function jumpFormFor(hrefFor: (page: number) => string) {
  const two = new URL(hrefFor(2), "http://lijst");
  const three = new URL(hrefFor(3), "http://lijst");
  const parameter = [...two.searchParams.keys()].find(
    (name) => two.searchParams.get(name) === "2" && three.searchParams.get(name) === "3",
  );
  if (!parameter) return null;
  const hidden = [...two.searchParams.entries()].filter(([name]) => name !== parameter);
  return { parameter, hidden, action: `${two.pathname}${two.hash}` };
}
