"use client";
// The sub-pages of one area as a row of tabs: a letter's Brief · Versies · Wat is er veranderd,
// Beheer's Gebruikers · Back-up · Importeren uit Excel. Client only to mark the current one
// (aria-current) from the URL; a page under an item (a user's page under Gebruikers) marks it too.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function SubNavigation({
  label,
  items,
}: {
  label: string;
  items: { href: string; label: string; /** also current on pages below it */ section?: boolean }[];
}) {
  const pathname = usePathname();
  return (
    <nav className="sub-navigation" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="sub-navigation__link"
              aria-current={
                pathname === item.href || (item.section && pathname.startsWith(`${item.href}/`)) ? "page" : undefined
              }
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
