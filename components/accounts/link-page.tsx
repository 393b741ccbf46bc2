// The page behind a one-time link: the form to choose a password, or why the link no longer
// works. Shared by "Account activeren" and "Nieuw wachtwoord kiezen".
import type { ReactNode } from "react";
import Link from "next/link";
import type { FormAction } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/nl";
import { SetPasswordForm } from "@/components/accounts/set-password-form";

type Props = {
  title: string;
  intro: (name: string) => string;
  person: { name: string; email: string } | null;
  token: string;
  action: FormAction<{ userId: string }>;
  submitLabel: string;
  /** Other ways to secure the account, offered beside the password (a passkey, later). */
  alternatives?: ReactNode;
};

export function LinkPage({ title, intro, person, token, action, submitLabel, alternatives }: Props) {
  return (
    <div className="sign-in">
      <h1 className="utrecht-heading-1">{title}</h1>
      {person ? (
        <>
          <p className="utrecht-paragraph">{intro(person.name)}</p>
          <SetPasswordForm action={action} token={token} email={person.email} submitLabel={submitLabel} />
          {alternatives}
        </>
      ) : (
        <>
          <div className="utrecht-alert utrecht-alert--error form-alert" role="alert">
            <p className="utrecht-paragraph">
              <strong>{nl.accounts.linkUnusableTitle}</strong>
            </p>
            <p className="utrecht-paragraph">{nl.accounts.linkUnusable}</p>
          </div>
          <p className="utrecht-paragraph">
            <Link href="/inloggen" className="utrecht-link">
              {nl.accounts.backToSignIn}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
