"use client";
// Client only to mark the current page (aria-current) from the URL.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { nl } from "@/lib/i18n/nl";

const ITEMS = [{ href: "/aanbevelingen", label: nl.nav.recommendations }];
// Only for a Beheerder; the pages behind it refuse everyone else on the server as well.
const ADMIN_ITEM = { href: "/beheer/gebruikers", label: nl.nav.admin };

export function MainNavigation({ showAdmin = false }: { showAdmin?: boolean }) {
  const pathname = usePathname();
  const items = showAdmin ? [...ITEMS, ADMIN_ITEM] : ITEMS;
  return (
    <nav aria-label={nl.app.mainNavigation} className="main-navigation">
      <ul className="main-navigation__list">
        {items.map((item) => {
          // "Beheer" stays marked on every page under /beheer.
          const section = item === ADMIN_ITEM ? "/beheer" : item.href;
          const current = pathname === section || pathname.startsWith(`${section}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} className="main-navigation__link" aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
