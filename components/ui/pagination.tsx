// Previous / next links for a list paginated on the server. Plain links with the page in
// the URL, so the back button and a shared link show the same page; no client JavaScript.
// Not prefetched: each prefetch would render a whole page of the list on the server.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";

type Props = {
  page: number;
  pageCount: number;
  /** The URL of a page of this list, keeping its other parameters. */
  hrefFor: (page: number) => string;
};

export function Pagination({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={nl.pagination.label}>
      {page > 1 ? (
        <Link className="utrecht-link" href={hrefFor(page - 1)} rel="prev" prefetch={false}>
          {nl.pagination.previous}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span aria-current="page">{nl.pagination.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <Link className="utrecht-link" href={hrefFor(page + 1)} rel="next" prefetch={false}>
          {nl.pagination.next}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
