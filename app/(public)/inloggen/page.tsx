import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/require-user";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { getEnv, isOidcConfigured, isPasswordSignInEnabled } from "@/lib/env";
import { isTodayPinned } from "@/lib/clock";
import { nl } from "@/lib/i18n/nl";
import { SignInForm } from "./sign-in-form";
import { signInWithOidc } from "./actions";
import { DemoAccounts } from "./demo-accounts";
import { ForgotPasswordLink } from "@/components/accounts/forgot-password-link";
import { PasskeySignIn } from "./passkey-sign-in";

export const metadata: Metadata = { title: nl.signIn.title };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const returnPath = safeReturnPath(params.terug);
  if (await getActor()) redirect(returnPath);

  const env = getEnv();
  const oidc = isOidcConfigured(env);
  // PASSWORD_SIGN_IN=false: only the identity provider's button (its provider refuses the rest).
  const password = isPasswordSignInEnabled(env);
  const oidcName = env.OIDC_NAME ?? "OpenID Connect";
  // `fout` is set by our own OIDC check; `error` by Auth.js for any other failed sign-in.
  const problem =
    params.fout === "geen-account"
      ? nl.signIn.oidcDenied
      : params.fout === "zekerheid"
        ? nl.signInSwitches.assuranceTooLow
        : params.error
          ? nl.signIn.oidcFailed
          : undefined;

  // Set by our own redirect after an account was activated with a passkey (app/(public)/account/actions.ts).
  const notice = params.melding === "passkey-geactiveerd" ? nl.accounts.activatedWithPasskey : undefined;

  return (
    <div className="sign-in-layout">
      <div className="sign-in">
        <h1 className="utrecht-heading-1">{nl.signIn.title}</h1>
        <p className="utrecht-paragraph">{password ? nl.signIn.intro : nl.signInSwitches.oidcOnlyIntro(oidcName)}</p>
        {notice && (
          <div className="utrecht-alert form-alert form-alert--ok" role="status">
            <p className="utrecht-paragraph">{notice}</p>
          </div>
        )}
        {problem && (
          <div className="utrecht-alert utrecht-alert--error form-alert" role="alert">
            <p className="utrecht-paragraph">{problem}</p>
          </div>
        )}
        {password && (
          <>
            <SignInForm returnPath={returnPath} />
            <ForgotPasswordLink />
            <p className="utrecht-paragraph sign-in__or">{nl.signIn.or}</p>
            <PasskeySignIn returnPath={returnPath} />
          </>
        )}
        {oidc && (
          <>
            {password && <p className="utrecht-paragraph sign-in__or">{nl.signIn.or}</p>}
            <form action={signInWithOidc}>
              <input type="hidden" name="terug" value={returnPath} />
              <button type="submit" className="utrecht-button utrecht-button--secondary-action">
                {nl.signIn.oidc(oidcName)}
              </button>
            </form>
          </>
        )}
      </div>
      {isTodayPinned() && password && <DemoAccounts />}
    </div>
  );
}
