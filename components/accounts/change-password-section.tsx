// The profile page's "Wachtwoord wijzigen" section; for an account without a password (signs
// in through the identity provider only) it says how to get one instead.
import { nl } from "@/lib/i18n/nl";
import type { FormAction } from "@/lib/actions/action-result";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";

type Props = { hasPassword: boolean; email: string; action: FormAction<{ changed: true }> };

export function ChangePasswordSection({ hasPassword, email, action }: Props) {
  return (
    <section className="page-section" aria-labelledby="wachtwoord-titel">
      <h2 className="utrecht-heading-2" id="wachtwoord-titel">
        {nl.accounts.changeTitle}
      </h2>
      {hasPassword ? (
        <>
          <p className="utrecht-paragraph prose">{nl.accounts.changeIntro}</p>
          <ChangePasswordForm action={action} email={email} />
        </>
      ) : (
        <p className="utrecht-paragraph prose">{nl.accounts.noPasswordYet}</p>
      )}
    </section>
  );
}
