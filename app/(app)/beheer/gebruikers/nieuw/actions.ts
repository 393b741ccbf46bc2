"use server";
// "Gebruiker toevoegen": on success to the new user's page (the invitation is on its way);
// otherwise the input back in the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { createUser, type CreatedUser } from "@/lib/users/create-user";
import { CreateUserSchema } from "@/lib/validation/user";
import { nl } from "@/lib/i18n/nl";

export async function createUserAction(
  _previous: ActionResult<CreatedUser>,
  formData: FormData,
): Promise<ActionResult<CreatedUser>> {
  const result = await runFormAction({
    formData,
    schema: CreateUserSchema,
    run: (actor, input) => createUser({ actor, input }),
    success: nl.userManagement.created,
  });
  if (result.status === "success") {
    revalidatePath("/beheer/gebruikers");
    redirect(`/beheer/gebruikers/${encodeURIComponent(result.data.userId)}?melding=aangemaakt`);
  }
  return result;
}
