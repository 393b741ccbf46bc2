"use server";
// The user page's "Verwijderen" for a lost passkey: a Beheerder only (lib/passkeys/remove-passkey.ts).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { nl } from "@/lib/i18n/nl";
import { removePasskey } from "@/lib/passkeys/remove-passkey";
import { RemoveUserPasskeySchema } from "@/lib/validation/passkey";

export async function removeUserPasskeyAction(
  _previous: ActionResult<{ passkeyId: string }>,
  formData: FormData,
): Promise<ActionResult<{ passkeyId: string }>> {
  const result = await runFormAction({
    formData,
    schema: RemoveUserPasskeySchema,
    run: async (actor, input) => ({ passkeyId: (await removePasskey({ actor, input })).passkeyId }),
    success: nl.passkeys.removedByAdmin,
  });
  const userId = formData.get("userId");
  if (typeof userId !== "string") return result;
  const path = `/beheer/gebruikers/${encodeURIComponent(userId)}`;
  revalidatePath(path);
  // The passkey's row, which holds the form, is gone: the confirmation goes with the page.
  if (result.status === "success") redirect(`${path}?melding=passkey-verwijderd`);
  return result;
}
