"use server";
// The user page's "Verwijderen" for a lost passkey: a Beheerder only (lib/passkeys/remove-passkey.ts).
import { revalidatePath } from "next/cache";
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
  if (typeof userId === "string") revalidatePath(`/beheer/gebruikers/${encodeURIComponent(userId)}`);
  return result;
}
