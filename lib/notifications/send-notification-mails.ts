// Notifications by e-mail, each once. The reminder job's daily run claims those of everyone
// who wants e-mail (DAILY, and any IMMEDIATE one a minute's run missed) and puts them into
// each person's one daily mail, with their reminders (lib/reminders/run-reminders.ts); the
// running app every minute sends those of IMMEDIATE alone with sendNotificationMails
// (lib/jobs/reminder-job.ts). Both go through the same mail transport as the reminders.
//
// Once, as the reminders' claims: `emailedAt` is the delivery marker, set by one UPDATE …
// WHERE "emailedAt" IS NULL … RETURNING, so a second run (or one at the same moment, which
// waits for the first's row locks and then finds them set) claims nothing. Mails go out after
// the commit; a mail that fails has its claims undone, so the next run retries it (it may
// then, rarely, arrive twice rather than never).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client.ts";
import type { EmailPreference } from "@/lib/generated/prisma/enums.ts";
import type { MailTransport } from "@/lib/mail/transport";
import type { ReminderMail } from "@/lib/reminders/run-reminders";
import { composeNotificationMail } from "./compose-notification-mail";

/** Older ones are not mailed any more (a preference switched on later does not flood). */
export const NOTIFICATION_MAIL_WINDOW_DAYS = 7;
/** Notifications are kept this long, then the daily run deletes them. */
export const NOTIFICATION_RETENTION_DAYS = 180;
const DAY_MS = 86_400_000;

export type ClaimedNotification = {
  id: string;
  userId: string;
  to: string;
  name: string;
  kind: string;
  entityType: string;
  entityId: string;
  data: unknown;
};

/** Claims the unmailed notifications of the last 7 days of active people with one of `preferences`. */
export async function claimNotificationMails(
  db: PrismaClient | Prisma.TransactionClient,
  { preferences, now }: { preferences: EmailPreference[]; now: Date },
): Promise<ClaimedNotification[]> {
  const since = new Date(now.getTime() - NOTIFICATION_MAIL_WINDOW_DAYS * DAY_MS);
  // index (emailedAt, createdAt)
  return db.$queryRaw<ClaimedNotification[]>`
    UPDATE "Notification" n SET "emailedAt" = ${now}
      FROM "User" u
     WHERE u."id" = n."userId" AND n."emailedAt" IS NULL AND n."createdAt" >= ${since}
       AND u."active" AND u."emailPreference"::text = ANY(${preferences}::text[])
    RETURNING n."id", n."userId", u."email" AS "to", u."name", n."kind", n."entityType", n."entityId", n."data"`;
}

/** After a failed send: the next run claims them again. */
export async function unclaimNotificationMails(prisma: PrismaClient, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await prisma.notification.updateMany({ where: { id: { in: ids } }, data: { emailedAt: null } });
}

/** The claimed notifications per person, in the order claimed. */
export function notificationsByUser(claimed: ClaimedNotification[]): Map<string, ClaimedNotification[]> {
  const byUser = new Map<string, ClaimedNotification[]>();
  for (const row of claimed) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  return byUser;
}

export async function sendNotificationMails({
  prisma,
  transport,
  baseUrl,
  preferences,
  now,
}: {
  prisma: PrismaClient;
  transport: MailTransport;
  baseUrl: string;
  preferences: EmailPreference[];
  now: Date;
}): Promise<{ sent: ReminderMail[]; failed: (ReminderMail & { error: string })[] }> {
  const byUser = notificationsByUser(await claimNotificationMails(prisma, { preferences, now }));
  const outcome: { sent: ReminderMail[]; failed: (ReminderMail & { error: string })[] } = { sent: [], failed: [] };
  for (const [userId, rows] of byUser) {
    const first = rows[0]!;
    const message = composeNotificationMail({ to: first.to, name: first.name, baseUrl, notifications: rows });
    const mail: ReminderMail = { kind: "MELDINGEN", userId, to: first.to, subject: message.subject, actionIds: [] };
    try {
      const { file } = await transport.send(message);
      outcome.sent.push(file ? { ...mail, file } : mail);
    } catch (error) {
      await unclaimNotificationMails(
        prisma,
        rows.map((row) => row.id),
      );
      outcome.failed.push({ ...mail, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcome;
}

/** The daily clean-up: notifications older than 180 days (index (createdAt)). */
export async function deleteOldNotifications(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.notification.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - NOTIFICATION_RETENTION_DAYS * DAY_MS) } },
  });
  return count;
}
