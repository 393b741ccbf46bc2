"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { removeOidcLink } from "@/lib/users/remove-oidc-link";
import { RemoveOidcLinkSchema } from "@/lib/validation/remove-oidc-link";
import { isAppError } from "@/lib/errors";

/** The "Koppeling verwijderen" button: a plain form post, so it works without JavaScript. */
export async function removeOidcLinkAction(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const parsed = RemoveOidcLinkSchema.safeParse({ userId: formData.get("userId"), accountId: formData.get("accountId") });
  const userId = parsed.success ? parsed.data.userId : String(formData.get("userId") ?? "");
  let outcome: "ontkoppeld" | "niet-gevonden" | "geen-toegang";
  if (!parsed.success) {
    outcome = "niet-gevonden";
  } else {
    try {
      await removeOidcLink({ actor, ...parsed.data });
      outcome = "ontkoppeld";
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcome = error.code === "FORBIDDEN" ? "geen-toegang" : "niet-gevonden";
    }
  }
  revalidatePath(`/beheer/gebruikers/${encodeURIComponent(userId)}`);
  redirect(`/beheer/gebruikers/${encodeURIComponent(userId)}?melding=${outcome}`);
}
