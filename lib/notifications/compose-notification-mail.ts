// The e-mail of a person's new notifications: the same words and links as /meldingen, in the
// reminders' plain form and signature. Pure. Someone with reminders the same day gets these
// lines inside the reminders' digest instead (lib/reminders/compose-mails.ts).
import { nl } from "@/lib/i18n/nl";
import type { MailMessage } from "@/lib/mail/transport";
import { escapeHtml, html, signatureHtml } from "@/lib/reminders/compose-mails";
import { describeNotification, type StoredNotification } from "./describe-notification";

/** Each notification's line in a mail: its words and its full link. */
export function notificationMailLines(
  notifications: StoredNotification[],
  baseUrl: string,
): { text: string; url: string }[] {
  return notifications.map((notification) => {
    const { text, href } = describeNotification(notification);
    return { text, url: `${baseUrl}${href}` };
  });
}

/** Where a mail sends the reader for all their notifications. */
export const allNotificationsUrl = (baseUrl: string) => `${baseUrl}/meldingen`;

export function composeNotificationMail(input: {
  to: string;
  name: string;
  baseUrl: string;
  notifications: StoredNotification[];
}): MailMessage {
  const t = nl.notifications;
  const lines = notificationMailLines(input.notifications, input.baseUrl);
  const all = allNotificationsUrl(input.baseUrl);
  const text = [
    t.mailGreeting(input.name),
    "",
    t.mailIntro,
    ...lines.flatMap((line) => ["", `- ${line.text}`, `  ${line.url}`]),
    "",
    `${t.mailAll}: ${all}`,
    "",
    nl.reminders.signature,
    "",
    t.mailFooter,
  ].join("\n");
  const body = [
    `<p>${escapeHtml(t.mailGreeting(input.name))}</p>`,
    `<p>${escapeHtml(t.mailIntro)}</p>`,
    "<ul>",
    ...lines.map((line) => `<li><a href="${escapeHtml(line.url)}">${escapeHtml(line.text)}</a></li>`),
    "</ul>",
    `<p><a href="${escapeHtml(all)}">${escapeHtml(t.mailAll)}</a></p>`,
    signatureHtml(),
    `<p><small>${escapeHtml(t.mailFooter)}</small></p>`,
  ];
  return { to: input.to, subject: t.mailSubject(lines.length), text, html: html(body) };
}
