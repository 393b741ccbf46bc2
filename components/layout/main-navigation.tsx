"use client";
// Client only to mark the current page (aria-current) from the URL.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { nl } from "@/lib/i18n/nl";

const ITEMS = [{ href: "/aanbevelingen", label: nl.nav.recommendations }] as const;

export function MainNavigation() {
  const pathname = usePathname();
  return (
    <nav aria-label={nl.app.mainNavigation} className="main-navigation">
      <ul className="main-navigation__list">
        {ITEMS.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
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
