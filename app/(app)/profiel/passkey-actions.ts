"use server";
// The profile page's passkey forms: the options for the browser's ceremony, adding the
// passkey it made, and removing one; always the user's own.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { requireUser } from "@/lib/auth/require-user";
import { nl } from "@/lib/i18n/nl";
import { addPasskey } from "@/lib/passkeys/add-passkey";
import { removePasskey } from "@/lib/passkeys/remove-passkey";
import { registrationOptionsResult, type RegistrationOptionsResult } from "@/lib/passkeys/registration-options-result";
import { currentRelyingParty } from "@/lib/passkeys/current-relying-party";
import { keepCurrentSession } from "@/lib/passkeys/keep-current-session";
import { AddPasskeySchema, RemovePasskeySchema } from "@/lib/validation/passkey";

/** The profile page's notice after a removal (components/profile/passkey-section.tsx). */
const PASSKEY_REMOVED_NOTICE = "passkey-verwijderd";

export async function passkeyRegistrationOptionsAction(): Promise<RegistrationOptionsResult> {
  return registrationOptionsResult(await requireUser());
}

export async function addPasskeyAction(
  _previous: ActionResult<{ passkeyId: string }>,
  formData: FormData,
): Promise<ActionResult<{ passkeyId: string }>> {
  const relyingParty = await currentRelyingParty();
  const result = await runFormAction({
    formData,
    schema: AddPasskeySchema,
    run: (actor, input) => addPasskey({ actor, input, relyingParty }),
    success: nl.passkeys.added,
  });
  revalidatePath("/profiel");
  return result;
}

export async function removePasskeyAction(
  _previous: ActionResult<{ passkeyId: string }>,
  formData: FormData,
): Promise<ActionResult<{ passkeyId: string }>> {
  const result = await runFormAction({
    formData,
    schema: RemovePasskeySchema,
    run: async (actor, input) => {
      const removed = await removePasskey({ actor, input });
      await keepCurrentSession(actor.id, { sv: removed.sessionVersion });
      return { passkeyId: removed.passkeyId };
    },
    success: nl.passkeys.removed,
  });
  revalidatePath("/profiel");
  // The passkey's row, which holds the form, is gone: the confirmation goes with the page.
  if (result.status === "success") redirect(`/profiel?melding=${PASSKEY_REMOVED_NOTICE}#passkeys-titel`);
  return result;
}
