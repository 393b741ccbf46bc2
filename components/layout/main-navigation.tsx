"use client";
// Client only to mark the current page (aria-current) from the URL. Which items a user sees
// is decided on the server (app/(app)/layout.tsx); the pages behind them check again.
import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavigationItem = {
  href: string;
  label: string;
  /** marked current on every page under it */ section: string;
};

/** `label` names the navigation for screen readers; given by the server, so the browser gets no message file. */
export function MainNavigation({ items, label }: { items: readonly NavigationItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="main-navigation">
      <ul className="main-navigation__list">
        {items.map((item) => {
          // The dashboard ("/") is current on itself only, not on every page below it.
          const current =
            pathname === item.section || (item.section !== "/" && pathname.startsWith(`${item.section}/`));
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
