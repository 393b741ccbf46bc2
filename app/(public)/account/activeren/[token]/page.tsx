// "Account activeren": the page an invitation links to. Anonymous (the link is the proof);
// the token stays out of the page title and the referrer (Referrer-Policy same-origin).
// Beside the password, a passkey can activate the account (docs/decisions/046-passkey-on-activation.md):
// offered while passkeys can sign in (PASSWORD_SIGN_IN) and the account has none yet.
import type { Metadata } from "next";
import { getLinkPage } from "@/lib/accounts/get-link-page";
import { isPasswordSignInEnabled } from "@/lib/env";
import { nl } from "@/lib/i18n/nl";
import { MAX_PASSKEYS } from "@/lib/passkeys/start-passkey-registration";
import { LinkPage } from "@/components/accounts/link-page";
import { AddPasskeyForm } from "@/components/profile/add-passkey-form";
import { activateAccountAction, activateWithPasskeyAction, activationPasskeyOptionsAction } from "../../actions";

export const metadata: Metadata = { title: nl.accounts.activateTitle, robots: { index: false } };

export default async function ActivateAccountPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const person = await getLinkPage({ kind: "invitation", token });
  const offerPasskey = person !== null && !person.hasPasskey && isPasswordSignInEnabled();
  return (
    <LinkPage
      title={nl.accounts.activateTitle}
      intro={nl.accounts.activateIntro}
      person={person}
      token={token}
      action={activateAccountAction}
      submitLabel={nl.accounts.activateSubmit}
      alternatives={
        offerPasskey && (
          <section aria-labelledby="passkey-activeren-titel" className="passkey-sign-in">
            <h2 className="utrecht-heading-2" id="passkey-activeren-titel">
              {nl.accounts.activatePasskeyTitle}
            </h2>
            <p className="utrecht-paragraph">{nl.accounts.activatePasskeyIntro}</p>
            <AddPasskeyForm
              action={activateWithPasskeyAction}
              options={activationPasskeyOptionsAction.bind(null, token)}
              canAdd
              limitMessage={nl.passkeys.limitReached(MAX_PASSKEYS)}
              submitLabel={nl.accounts.activatePasskeySubmit}
            >
              <input type="hidden" name="token" value={token} />
            </AddPasskeyForm>
          </section>
        )
      }
    />
  );
}
