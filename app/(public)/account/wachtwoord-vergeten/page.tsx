// "Wachtwoord vergeten": ask for a reset link by e-mail (lib/accounts/request-password-reset.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { nl } from "@/lib/i18n/nl";
import { RequestResetForm } from "@/components/accounts/request-reset-form";
import { requestPasswordResetAction } from "../actions";

export const metadata: Metadata = { title: nl.accounts.forgotTitle };

export default function ForgotPasswordPage() {
  return (
    <div className="sign-in">
      <h1 className="utrecht-heading-1">{nl.accounts.forgotTitle}</h1>
      <p className="utrecht-paragraph">{nl.accounts.forgotIntro}</p>
      <RequestResetForm action={requestPasswordResetAction} />
      <p className="utrecht-paragraph">
        <Link href="/inloggen" className="utrecht-link">
          {nl.accounts.backToSignIn}
        </Link>
      </p>
    </div>
  );
}
