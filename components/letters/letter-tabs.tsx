"use client";
// The sub-pages of one letter (Brief · Versies · Wat is er veranderd) as a navigation list;
// client only to mark the current one (aria-current) from the URL.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function LetterTabs({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav className="letter-tabs" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="letter-tabs__link" aria-current={pathname === item.href ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
