// The invitation and reset mails, plain text and simple HTML, from nl.accounts.mail. Pure.
import { nl } from "@/lib/i18n/nl";
import { formatTimestamp } from "@/lib/calendar-date";
import type { MailMessage } from "@/lib/mail/transport";
import { linkPath, type LinkKind } from "./one-time-link";

const t = nl.accounts.mail;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function composeLinkMail(input: {
  kind: LinkKind;
  to: string;
  name: string;
  /** Who sent the invitation (a Beheerder's name); unused for a reset. */
  inviter?: string;
  token: string;
  expiresAt: Date;
  baseUrl: string;
}): MailMessage {
  const url = `${input.baseUrl}${linkPath(input.kind, input.token)}`;
  const body = input.kind === "invitation" ? t.invitationBody(input.inviter ?? nl.accounts.operator) : t.resetBody;
  const validity = t.validUntil(formatTimestamp(input.expiresAt));
  const text = [t.greeting(input.name), "", body, "", url, "", validity, t.noForward, "", t.signature, "", t.automatic];
  const html = [
    `<p>${escapeHtml(t.greeting(input.name))}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`,
    `<p>${escapeHtml(validity)} ${escapeHtml(t.noForward)}</p>`,
    `<p>${t.signature.split("\n").map(escapeHtml).join("<br>")}</p>`,
    `<p><small>${escapeHtml(t.automatic)}</small></p>`,
  ];
  return {
    to: input.to,
    subject: input.kind === "invitation" ? t.invitationSubject : t.resetSubject,
    text: `${text.join("\n")}\n`,
    html: `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Opvolging</title></head>\n<body>\n${html.join("\n")}\n</body></html>\n`,
  };
}
