// The profile page's "Passkeys" section: add one, and the list with "Verwijderen".
import { nl } from "@/lib/i18n/nl";
import type { PasskeySummary } from "@/lib/passkeys/list-passkeys";
import { MAX_PASSKEYS } from "@/lib/passkeys/start-passkey-registration";
import { AddPasskeyForm } from "@/components/profile/add-passkey-form";
import { PasskeyTable } from "@/components/profile/passkey-table";
import {
  addPasskeyAction,
  passkeyRegistrationOptionsAction,
  removePasskeyAction,
} from "@/app/(app)/profiel/passkey-actions";

/** `removed`: just back from removing one (the confirmation travels in the URL). */
export function PasskeySection({ passkeys, removed }: { passkeys: PasskeySummary[]; removed: boolean }) {
  return (
    <section className="page-section" aria-labelledby="passkeys-titel">
      <h2 className="utrecht-heading-2" id="passkeys-titel">
        {nl.passkeys.title}
      </h2>
      <p className="utrecht-paragraph prose">{nl.passkeys.intro}</p>
      {removed && (
        <div className="utrecht-alert form-alert form-alert--ok" role="status">
          <p className="utrecht-paragraph">{nl.passkeys.removed}</p>
        </div>
      )}
      <AddPasskeyForm
        action={addPasskeyAction}
        options={passkeyRegistrationOptionsAction}
        canAdd={passkeys.length < MAX_PASSKEYS}
        limitMessage={nl.passkeys.limitReached(MAX_PASSKEYS)}
      />
      <h3 className="utrecht-heading-3 calendar-feed-list-title">{nl.passkeys.listTitle}</h3>
      {passkeys.length === 0 ? (
        <p className="utrecht-paragraph">{nl.passkeys.listEmpty}</p>
      ) : (
        <PasskeyTable passkeys={passkeys} caption={nl.passkeys.listCaption} remove={removePasskeyAction} />
      )}
    </section>
  );
}
