import Link from "next/link";
import { nl } from "@/lib/i18n/nl";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <ul className="site-footer__links">
          <li>
            <Link className="utrecht-link" href="/toegankelijkheid">
              {nl.app.footerAccessibility}
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
