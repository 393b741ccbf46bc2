"use server";
// The e-mail preference: a plain form post, back to /profiel with a notice.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import { changeEmailPreference } from "@/lib/users/change-email-preference";
import { EmailPreferenceSchema } from "@/lib/validation/notifications";
import { nl } from "@/lib/i18n/nl";

export async function changeEmailPreferenceAction(formData: FormData): Promise<void> {
  const result = await runFormAction({
    formData,
    schema: EmailPreferenceSchema,
    run: (actor, input) => changeEmailPreference({ actor, input }),
    success: nl.notifications.preference.saved,
  });
  revalidatePath("/profiel");
  redirect(
    `/profiel?melding=${result.status === "success" ? "e-mail-opgeslagen" : result.status === "refused" ? "geen-toegang" : "e-mail-mislukt"}#e-mail-titel`,
  );
}
