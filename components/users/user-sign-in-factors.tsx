// The user page's "Inlogmiddelen": password yes/no, the passkeys by name (each removable by
// the Beheerder when lost) and the number of identity-provider links (listed further down).
import { nl } from "@/lib/i18n/nl";
import type { SignInFactors } from "@/lib/passkeys/get-sign-in-factors";
import { PasskeyTable } from "@/components/profile/passkey-table";
import { removeUserPasskeyAction } from "@/app/(app)/beheer/gebruikers/[id]/passkey-actions";

export function UserSignInFactors({ userId, name, factors }: { userId: string; name: string; factors: SignInFactors }) {
  const m = nl.passkeys;
  return (
    <section className="page-section" aria-labelledby="inlogmiddelen-titel">
      <h2 className="utrecht-heading-2" id="inlogmiddelen-titel">
        {m.factorsTitle}
      </h2>
      <p className="utrecht-paragraph prose">{m.factorsIntro}</p>
      <dl className="details-list">
        <dt>{m.factorPassword}</dt>
        <dd>{factors.hasPassword ? m.hasPassword : m.noPassword}</dd>
        <dt>{m.factorPasskeys}</dt>
        <dd>{m.passkeyCount(factors.passkeys.length)}</dd>
        <dt>{m.factorLinks}</dt>
        <dd>{m.linkCount(factors.linkCount)}</dd>
      </dl>
      {factors.passkeys.length > 0 && (
        <PasskeyTable
          passkeys={factors.passkeys}
          caption={m.userListCaption(name)}
          remove={removeUserPasskeyAction}
          extra={{ userId }}
        />
      )}
    </section>
  );
}
