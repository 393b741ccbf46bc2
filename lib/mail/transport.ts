// Sending e-mail: over SMTP when SMTP_HOST is set; otherwise, in development, tests and a
// local demo, each mail is written as an .eml file to .data/mail/ (open it in any mail
// program). A real production deployment without SMTP_HOST has no transport at all: the
// daily job stays off and `npm run reminders` stops with a sentence saying why.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { productionGuardsApply, type MailSettings } from "@/lib/env";

export const MAIL_DIR = path.resolve(".data/mail");

export type MailMessage = { to: string; subject: string; text: string; html: string };

export type MailTransport = {
  /** Where mails go, for a log line: "smtp://host:port" or the folder of .eml files. */
  describe: string;
  send(message: MailMessage): Promise<{ file?: string }>;
  close(): void;
};

export const NO_SMTP_IN_PRODUCTION =
  "Herinneringen per e-mail staan uit: SMTP_HOST ontbreekt. Zet SMTP_HOST (en zo nodig SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD en MAIL_FROM) om ze te versturen.";

/** The transport for these settings, or null in production without a mail server. */
export function createMailTransport(
  settings: MailSettings,
  { mailDir = MAIL_DIR }: { mailDir?: string } = {},
): MailTransport | null {
  if (settings.SMTP_HOST) {
    const transporter = nodemailer.createTransport({
      host: settings.SMTP_HOST,
      port: settings.SMTP_PORT,
      secure: settings.SMTP_SECURE ?? settings.SMTP_PORT === 465,
      auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASSWORD } : undefined,
    });
    return {
      describe: `smtp://${settings.SMTP_HOST}:${settings.SMTP_PORT}`,
      async send(message) {
        await transporter.sendMail({ from: settings.MAIL_FROM, ...message });
        return {};
      },
      close: () => transporter.close(),
    };
  }
  if (productionGuardsApply(settings)) return null;
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  let sequence = 0;
  return {
    describe: mailDir,
    async send(message) {
      const info = await transporter.sendMail({ from: settings.MAIL_FROM, ...message });
      await mkdir(mailDir, { recursive: true });
      sequence += 1;
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const file = path.join(mailDir, `${stamp}-${process.pid}-${sequence}.eml`);
      await writeFile(file, info.message as Buffer);
      return { file };
    },
    close: () => transporter.close(),
  };
}
