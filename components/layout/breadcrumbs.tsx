// The Kruimelpad above a detail page: the way up to the dashboard through the lists, the
// current page last (aria-current, not a link). Utrecht's breadcrumb component, server-rendered.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";

export type Crumb = { href: string; label: string };

type Props = {
  /** The pages above this one, from the list it belongs to downwards; the dashboard is added first. */
  trail: readonly Crumb[];
  /** The current page's own name. */
  current: string;
};

export function Breadcrumbs({ trail, current }: Props) {
  const crumbs: Crumb[] = [{ href: "/", label: nl.nav.dashboard }, ...trail];
  return (
    <nav aria-label={nl.nav.breadcrumbs} className="utrecht-breadcrumb-nav breadcrumbs">
      <ol className="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {crumbs.map((crumb, index) => (
          <li key={crumb.href} className="utrecht-breadcrumb-nav__item">
            <Link
              href={crumb.href}
              className={`utrecht-link utrecht-breadcrumb-nav__link${index === 0 ? " utrecht-breadcrumb-nav__link--first" : ""}`}
            >
              {crumb.label}
            </Link>
          </li>
        ))}
        <li className="utrecht-breadcrumb-nav__item">
          <span className="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current" aria-current="page">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
