// Below the users list: end everyone's sessions at once (ASVS 7.4.5), after ticking that
// this includes one's own.
import { nl } from "@/lib/i18n/nl";
import type { FormAction } from "@/lib/actions/action-result";
import { AccountButtonForm } from "@/components/accounts/account-button-form";

export function EndAllSessionsSection({ action }: { action: FormAction<{ count: number }> }) {
  return (
    <section className="page-section" aria-labelledby="alle-sessies-titel">
      <h2 className="utrecht-heading-2" id="alle-sessies-titel">
        {nl.accounts.allSessionsTitle}
      </h2>
      <p className="utrecht-paragraph prose">{nl.accounts.allSessionsIntro}</p>
      <AccountButtonForm
        action={action}
        id="alle-sessies"
        label={nl.accounts.endAllSessions}
        confirm={nl.accounts.confirmEndAll}
      />
    </section>
  );
}
