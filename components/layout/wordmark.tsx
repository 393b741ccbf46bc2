import Link from "next/link";
import { nl } from "@/lib/i18n/nl";

export function Wordmark({ href }: { href: string }) {
  return (
    <Link href={href} className="wordmark">
      <span className="wordmark__name">{nl.app.name}</span>
      <span className="wordmark__tagline">{nl.app.wordmarkTagline}</span>
    </Link>
  );
}
