// "Wachtwoord vergeten?" below the sign-in form: to the page that mails a reset link.
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";

export function ForgotPasswordLink() {
  return (
    <p className="utrecht-paragraph">
      <Link href="/account/wachtwoord-vergeten" className="utrecht-link">
        {nl.accounts.forgotLink}
      </Link>
    </p>
  );
}
