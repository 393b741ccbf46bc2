// Mail the running app sends itself (invitations, password resets), through the same
// transport as the reminders: SMTP when SMTP_HOST is set, else an .eml file in .data/mail/
// (development, tests, a local demo). One transport per process, made on first use.
import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { nl } from "@/lib/i18n/nl";
import { createMailTransport, type MailMessage, type MailTransport } from "@/lib/mail/transport";

const globalForMail = globalThis as unknown as { opvolgingAppMail?: MailTransport | null };

/** Sends the message; without a transport (production without SMTP_HOST) a Dutch refusal. */
export async function sendAppMail(message: MailMessage): Promise<void> {
  if (globalForMail.opvolgingAppMail === undefined) globalForMail.opvolgingAppMail = createMailTransport(getEnv());
  const transport = globalForMail.opvolgingAppMail;
  if (!transport) throw new AppError("INVALID", nl.accounts.mailOff);
  await transport.send(message);
}
