// The profile page's "Wachtwoord wijzigen" section; for an account without a password (signs
// in through the identity provider only) it says how to get one instead.
import { nl } from "@/lib/i18n/nl";
import type { FormAction } from "@/lib/actions/action-result";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";

type Props = {
  hasPassword: boolean;
  email: string;
  action: FormAction<{ changed: true }>;
  /** `melding` from the address: the change is done (the action returns to a fresh page). */
  notice?: string | string[];
};

export function ChangePasswordSection({ hasPassword, email, action, notice }: Props) {
  return (
    <section className="page-section" aria-labelledby="wachtwoord-titel">
      <h2 className="utrecht-heading-2" id="wachtwoord-titel">
        {nl.accounts.changeTitle}
      </h2>
      {notice === "wachtwoord-gewijzigd" && (
        <div className="utrecht-alert form-alert form-alert--ok" role="status">
          <p className="utrecht-paragraph">{nl.accounts.changed}</p>
        </div>
      )}
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
