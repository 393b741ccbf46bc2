// "Nieuw wachtwoord kiezen": the page a reset mail links to. Anonymous: the link is the proof.
import type { Metadata } from "next";
import { getLinkPage } from "@/lib/accounts/get-link-page";
import { nl } from "@/lib/i18n/nl";
import { LinkPage } from "@/components/accounts/link-page";
import { resetPasswordAction } from "../../actions";

export const metadata: Metadata = { title: nl.accounts.resetTitle, robots: { index: false } };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const person = await getLinkPage({ kind: "reset", token });
  return (
    <LinkPage
      title={nl.accounts.resetTitle}
      intro={nl.accounts.resetIntro}
      person={person}
      token={token}
      action={resetPasswordAction}
      submitLabel={nl.accounts.resetSubmit}
    />
  );
}
