import Link from "next/link";
import { nl } from "@/lib/i18n/nl";

export default function NotFound() {
  return (
    <main id="inhoud" className="container site-main">
      <h1 className="utrecht-heading-1">{nl.errors.notFoundTitle}</h1>
      <p className="utrecht-paragraph">{nl.errors.notFound}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/aanbevelingen">{nl.errors.backHome}</Link>
      </p>
    </main>
  );
}
