// The second step of signing in (REQUIRE_SECOND_FACTOR, lib/auth/second-factor.ts): after a
// password, confirm with a passkey, or register the first one. Every other page sends a
// session that has not done this step here.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePendingUser } from "@/lib/auth/require-user";
import { listPasskeys } from "@/lib/passkeys/list-passkeys";
import { MAX_PASSKEYS } from "@/lib/passkeys/start-passkey-registration";
import { nl } from "@/lib/i18n/nl";
import { AddPasskeyForm } from "@/components/profile/add-passkey-form";
import { signOutAction } from "@/app/(app)/actions";
import { PasskeySignIn } from "../passkey-sign-in";
import { addSecondFactorPasskeyAction, secondFactorRegistrationOptionsAction } from "./actions";

export const metadata: Metadata = { title: nl.passkeys.setupTitle };

export default async function SecondFactorPage() {
  const { actor, pendingSecondFactor } = await requirePendingUser();
  if (!pendingSecondFactor) redirect("/");
  const hasPasskey = (await listPasskeys({ actor })).length > 0;
  const m = nl.passkeys;

  return (
    <div className="sign-in">
      <h1 className="utrecht-heading-1">{hasPasskey ? m.confirmTitle : m.setupTitle}</h1>
      <p className="utrecht-paragraph">{hasPasskey ? m.confirmIntro : m.setupIntro}</p>
      {hasPasskey ? (
        <PasskeySignIn returnPath="/" />
      ) : (
        <AddPasskeyForm
          action={addSecondFactorPasskeyAction}
          options={secondFactorRegistrationOptionsAction}
          canAdd
          limitMessage={m.limitReached(MAX_PASSKEYS)}
        />
      )}
      <form action={signOutAction} className="passkey-sign-in">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {m.signOut}
        </button>
      </form>
    </div>
  );
}
