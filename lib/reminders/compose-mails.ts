// The text of the reminder mails, plain and simple HTML, from nl.reminders. Pure.
import { nl } from "@/lib/i18n/nl";
import { daysBetween, formatCalendarDate, type CalendarDate } from "@/lib/calendar-date";
import { deadlineState } from "@/lib/action-items/deadline-state";
import type { ActionStatus } from "@/lib/generated/prisma/enums.ts";
import type { MailMessage } from "@/lib/mail/transport";
import { REMINDER_KINDS, type ActionReminderKind } from "./select-reminders";

const t = nl.reminders;

export type ReminderAction = {
  id: string;
  title: string;
  dueDate: CalendarDate;
  status: ActionStatus;
  organisation: string;
};

export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const actionUrl = (baseUrl: string, id: string) => `${baseUrl}/acties/${encodeURIComponent(id)}`;

function actionLine(action: ReminderAction, today: CalendarDate): string {
  const state = deadlineState(action, today);
  const days = daysBetween(today, action.dueDate);
  const when = days < 0 ? t.daysOverdue(-days) : t.daysLeft(days);
  return `${t.deadline(formatCalendarDate(action.dueDate))}, ${state ? nl.deadlineState[state] : ""} (${when})`;
}

export function html(paragraphs: string[]): string {
  return `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Opvolging</title></head>\n<body>\n${paragraphs.join("\n")}\n</body></html>\n`;
}

export const signatureHtml = () =>
  `<p>${t.signature.split("\n").map(escapeHtml).join("<br>")}</p>\n<p><small>${escapeHtml(t.automatic)}</small></p>`;

/** A notification's line in the daily mail (lib/notifications/compose-notification-mail.ts). */
export type NotificationLine = { text: string; url: string };

/**
 * One digest for one contact person: the overdue actions first, then the ones due soon, each by
 * date; then the person's new notifications when they want them daily, so that a day brings one
 * mail, not two.
 */
export function composeDigest(input: {
  to: string;
  name: string;
  today: CalendarDate;
  baseUrl: string;
  actions: { action: ReminderAction; kind: ActionReminderKind }[];
  notifications?: { lines: NotificationLine[]; allUrl: string };
}): MailMessage {
  const notes = input.notifications && input.notifications.lines.length > 0 ? input.notifications : null;
  const n = nl.notifications;
  const byDate = (a: { action: ReminderAction }, b: { action: ReminderAction }) =>
    a.action.dueDate.localeCompare(b.action.dueDate) || a.action.title.localeCompare(b.action.title, "nl");
  const groups = [
    { heading: t.overdueHeading, items: input.actions.filter((a) => a.kind === REMINDER_KINDS.overdue).sort(byDate) },
    { heading: t.dueSoonHeading, items: input.actions.filter((a) => a.kind === REMINDER_KINDS.dueSoon).sort(byDate) },
  ].filter((group) => group.items.length > 0);

  const text = [
    t.greeting(input.name),
    "",
    t.digestIntro,
    ...groups.flatMap((group) => [
      "",
      `${group.heading}:`,
      ...group.items.flatMap(({ action }) => [
        `- ${action.title} (${action.organisation})`,
        `  ${actionLine(action, input.today)}`,
        `  ${actionUrl(input.baseUrl, action.id)}`,
      ]),
    ]),
    "",
    t.digestOutro,
    ...(notes
      ? [
          "",
          `${t.notificationsHeading}:`,
          ...notes.lines.flatMap((line) => [`- ${line.text}`, `  ${line.url}`]),
          "",
          `${n.mailAll}: ${notes.allUrl}`,
        ]
      : []),
    "",
    t.signature,
    "",
    t.automatic,
    ...(notes ? ["", n.mailFooter] : []),
  ].join("\n");

  const body = [
    `<p>${escapeHtml(t.greeting(input.name))}</p>`,
    `<p>${escapeHtml(t.digestIntro)}</p>`,
    ...groups.flatMap((group) => [
      `<h2>${escapeHtml(group.heading)}</h2>`,
      "<ul>",
      ...group.items.map(
        ({ action }) =>
          `<li><a href="${escapeHtml(actionUrl(input.baseUrl, action.id))}">${escapeHtml(action.title)}</a> (${escapeHtml(action.organisation)})<br>${escapeHtml(actionLine(action, input.today))}</li>`,
      ),
      "</ul>",
    ]),
    `<p>${escapeHtml(t.digestOutro)}</p>`,
    ...(notes
      ? [
          `<h2>${escapeHtml(t.notificationsHeading)}</h2>`,
          "<ul>",
          ...notes.lines.map((line) => `<li><a href="${escapeHtml(line.url)}">${escapeHtml(line.text)}</a></li>`),
          "</ul>",
          `<p><a href="${escapeHtml(notes.allUrl)}">${escapeHtml(n.mailAll)}</a></p>`,
        ]
      : []),
    signatureHtml(),
    ...(notes ? [`<p><small>${escapeHtml(n.mailFooter)}</small></p>`] : []),
  ];
  const subject = notes
    ? t.digestWithNotificationsSubject(input.actions.length, notes.lines.length)
    : t.digestSubject(input.actions.length);
  return { to: input.to, subject, text, html: html(body) };
}

export type WeeklyOverview = {
  perOrganisation: { code: string; name: string; open: number; overdue: number; dueSoon: number }[];
  overdue: ReminderAction[];
  overdueTotal: number;
  nextDeadline: { title: string; originalWording: string; dueDate: CalendarDate } | null;
};

/** The coordinator's weekly overview: counts per organisation, what is late, the next deadline to parliament. */
export function composeWeeklyOverview(input: {
  to: string;
  name: string;
  today: CalendarDate;
  baseUrl: string;
  week: string;
  overview: WeeklyOverview;
}): MailMessage {
  const { overview } = input;
  const [year, week] = input.week.split("-W").map(Number) as [number, number];
  const more = overview.overdueTotal - overview.overdue.length;
  const next = overview.nextDeadline
    ? t.nextDeadline(
        overview.nextDeadline.title,
        overview.nextDeadline.originalWording,
        formatCalendarDate(overview.nextDeadline.dueDate),
        daysBetween(input.today, overview.nextDeadline.dueDate),
      )
    : t.noNextDeadline;
  const listUrl = `${input.baseUrl}/acties`;

  const text = [
    t.greeting(input.name),
    "",
    t.weeklyIntro(formatCalendarDate(input.today)),
    "",
    `${t.nextDeadlineHeading}:`,
    next,
    "",
    `${t.perOrganisationHeading}:`,
    ...overview.perOrganisation.map((o) => `- ${t.perOrganisationLine(o.name, o.open, o.overdue, o.dueSoon)}`),
    "",
    `${t.overdueListHeading}:`,
    ...(overview.overdue.length === 0
      ? [t.noOverdue]
      : overview.overdue.flatMap((action) => [
          `- ${action.title} (${action.organisation})`,
          `  ${actionLine(action, input.today)}`,
          `  ${actionUrl(input.baseUrl, action.id)}`,
        ])),
    ...(more > 0 ? [t.overdueMore(more)] : []),
    "",
    `${t.listLink}: ${listUrl}`,
    "",
    t.signature,
    "",
    t.automatic,
  ].join("\n");

  const c = t.perOrganisationColumns;
  const body = [
    `<p>${escapeHtml(t.greeting(input.name))}</p>`,
    `<p>${escapeHtml(t.weeklyIntro(formatCalendarDate(input.today)))}</p>`,
    `<h2>${escapeHtml(t.nextDeadlineHeading)}</h2>`,
    `<p>${escapeHtml(next)}</p>`,
    `<h2>${escapeHtml(t.perOrganisationHeading)}</h2>`,
    `<table><thead><tr><th scope="col">${escapeHtml(c.organisation)}</th><th scope="col">${escapeHtml(c.open)}</th><th scope="col">${escapeHtml(c.overdue)}</th><th scope="col">${escapeHtml(c.dueSoon)}</th></tr></thead><tbody>`,
    ...overview.perOrganisation.map(
      (o) =>
        `<tr><th scope="row">${escapeHtml(o.name)}</th><td>${o.open}</td><td>${o.overdue}</td><td>${o.dueSoon}</td></tr>`,
    ),
    "</tbody></table>",
    `<h2>${escapeHtml(t.overdueListHeading)}</h2>`,
    overview.overdue.length === 0
      ? `<p>${escapeHtml(t.noOverdue)}</p>`
      : [
          "<ul>",
          ...overview.overdue.map(
            (action) =>
              `<li><a href="${escapeHtml(actionUrl(input.baseUrl, action.id))}">${escapeHtml(action.title)}</a> (${escapeHtml(action.organisation)})<br>${escapeHtml(actionLine(action, input.today))}</li>`,
          ),
          "</ul>",
        ].join("\n"),
    more > 0 ? `<p>${escapeHtml(t.overdueMore(more))}</p>` : "",
    `<p><a href="${escapeHtml(listUrl)}">${escapeHtml(t.listLink)}</a></p>`,
    signatureHtml(),
  ];
  return { to: input.to, subject: t.weeklySubject(week, year), text, html: html(body) };
}
