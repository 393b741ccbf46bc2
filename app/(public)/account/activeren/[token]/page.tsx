// "Account activeren": the page an invitation links to. Anonymous (the link is the proof);
// the token stays out of the page title and the referrer (Referrer-Policy same-origin).
import type { Metadata } from "next";
import { getLinkPage } from "@/lib/accounts/get-link-page";
import { nl } from "@/lib/i18n/nl";
import { LinkPage } from "@/components/accounts/link-page";
import { activateAccountAction } from "../../actions";

export const metadata: Metadata = { title: nl.accounts.activateTitle, robots: { index: false } };

export default async function ActivateAccountPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const person = await getLinkPage({ kind: "invitation", token });
  return (
    <LinkPage
      title={nl.accounts.activateTitle}
      intro={nl.accounts.activateIntro}
      person={person}
      token={token}
      action={activateAccountAction}
      submitLabel={nl.accounts.activateSubmit}
      // The place for "Passkey instellen" beside the password, once passkeys exist.
      alternatives={null}
    />
  );
}
