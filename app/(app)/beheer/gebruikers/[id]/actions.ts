"use server";
// The user page's forms. Role and organisation, and (de)activation, go through
// runFormAction like every form; the link removal is a plain post. Each success returns to
// the user page with its notice in the URL; anything else is told in the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { removeOidcLink } from "@/lib/users/remove-oidc-link";
import { RemoveOidcLinkSchema } from "@/lib/validation/remove-oidc-link";
import { isAppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { changeUserAccess, type ChangedUserAccess } from "@/lib/users/change-user-access";
import { setUserActive, type UserActiveState } from "@/lib/users/set-user-active";
import { readableUserChanges } from "@/lib/users/readable-user-changes";
import { ChangeUserAccessSchema, SetUserActiveSchema } from "@/lib/validation/user";

/** The "Koppeling verwijderen" button: a plain form post, so it works without JavaScript. */
export async function removeOidcLinkAction(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const parsed = RemoveOidcLinkSchema.safeParse({
    userId: formData.get("userId"),
    accountId: formData.get("accountId"),
  });
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

/** "Rol en organisatie opslaan". */
export async function changeUserAccessAction(
  _previous: ActionResult<ChangedUserAccess>,
  formData: FormData,
): Promise<ActionResult<ChangedUserAccess>> {
  const result = await runFormAction({
    formData,
    schema: ChangeUserAccessSchema,
    run: (actor, input) => changeUserAccess({ actor, input }),
    success: (data) => (data.changed ? nl.userManagement.accessSaved : nl.userManagement.accessUnchanged),
  });
  // Also after a conflict: the page then shows the colleague's change and the current version.
  const path = revalidateUser(formData);
  // The outcome at the top of the page, in place of an earlier notice ("aangemaakt").
  if (result.status === "success") redirect(`${path}?melding=${result.data.changed ? "opgeslagen" : "ongewijzigd"}`);
  return readableConflict(result);
}

/** "Gebruiker deactiveren" (after the confirmation step) and "Gebruiker weer activeren". */
export async function setUserActiveAction(
  _previous: ActionResult<UserActiveState>,
  formData: FormData,
): Promise<ActionResult<UserActiveState>> {
  const result = await runFormAction({
    formData,
    schema: SetUserActiveSchema,
    run: (actor, input) => setUserActive({ actor, input }),
    success: (data) => (data.active ? nl.userManagement.reactivated : nl.userManagement.deactivated),
  });
  const path = revalidateUser(formData);
  // Leaves the confirmation step; the page then says what happened.
  if (result.status === "success") redirect(`${path}?melding=${result.data.active ? "geactiveerd" : "gedeactiveerd"}`);
  return readableConflict(result);
}

function revalidateUser(formData: FormData): string {
  const path = `/beheer/gebruikers/${encodeURIComponent(String(formData.get("userId") ?? ""))}`;
  revalidatePath(path);
  revalidatePath("/beheer/gebruikers");
  return path;
}

async function readableConflict<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.status !== "conflict") return result;
  return { ...result, conflict: { ...result.conflict, changes: await readableUserChanges(result.conflict.changes) } };
}
