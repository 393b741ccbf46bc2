// A notification in words, with its link: the same text in the app and in the e-mail.
import { formatCalendarDate } from "@/lib/calendar-date";
import { nl } from "@/lib/i18n/nl";
import { NotificationDataSchema, notificationHref, type NotificationKind } from "./notification-kinds";

export type StoredNotification = { kind: string; entityType: string; entityId: string; data: unknown };

export function describeNotification(notification: StoredNotification): { text: string; href: string } {
  const parsed = NotificationDataSchema.safeParse(notification.data);
  const data = parsed.success ? parsed.data : { title: "" };
  const texts = nl.notifications.texts;
  const by = data.by ?? "";
  const dueDate = data.dueDate ? formatCalendarDate(data.dueDate) : "";
  const kind = notification.kind as NotificationKind;
  const text =
    kind === "DEADLINE_REQUESTED"
      ? texts.DEADLINE_REQUESTED(data.title, by, dueDate)
      : kind === "DEADLINE_DECIDED"
        ? texts.DEADLINE_DECIDED(data.title, data.decision ?? "APPROVED", by, dueDate)
        : kind === "ACTION_ASSIGNED"
          ? texts.ACTION_ASSIGNED(data.title, by)
          : kind === "DEADLINE_MOVED"
            ? texts.DEADLINE_MOVED(data.title, by, dueDate)
            : kind === "REMARK_ADDED"
              ? texts.REMARK_ADDED(data.title, by)
              : kind === "LETTER_IN_REVIEW"
                ? texts.LETTER_IN_REVIEW(data.title, by)
                : kind === "LETTER_APPROVED"
                  ? texts.LETTER_APPROVED(data.title, by)
                  : kind === "LETTER_SENT"
                    ? texts.LETTER_SENT(data.title, by)
                    : texts.IMPORT_FINISHED(data.succeeded ?? true);
  return { text, href: notificationHref(notification.entityType, notification.entityId) };
}
