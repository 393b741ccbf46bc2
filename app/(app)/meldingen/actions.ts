"use server";
// Marking notifications read: plain form posts (no client JavaScript needed), each back to the
// page it came from with a notice.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";
import { MarkAllNotificationsReadSchema, MarkNotificationReadSchema } from "@/lib/validation/notifications";
import { PageNumberSchema } from "@/lib/validation/pagination";
import { nl } from "@/lib/i18n/nl";

function backTo(formData: FormData, status: string, notice: string): never {
  revalidatePath("/", "layout");
  const page = PageNumberSchema.parse(formData.get("pagina"));
  redirect(
    `/meldingen?${new URLSearchParams({ ...(page > 1 ? { pagina: String(page) } : {}), melding: status === "success" ? notice : status === "refused" ? "geen-toegang" : "mislukt" })}`,
  );
}

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const result = await runFormAction({
    formData,
    schema: MarkNotificationReadSchema,
    run: (actor, input) => markNotificationRead({ actor, input }),
    success: nl.notifications.markedRead,
  });
  backTo(formData, result.status, "gelezen");
}

export async function markAllNotificationsReadAction(formData: FormData): Promise<void> {
  const result = await runFormAction({
    formData,
    schema: MarkAllNotificationsReadSchema,
    run: (actor) => markAllNotificationsRead({ actor }),
    success: nl.notifications.allMarkedRead,
  });
  backTo(formData, result.status, "alles-gelezen");
}
